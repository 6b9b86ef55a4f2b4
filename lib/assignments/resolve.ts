import type { AssignmentLevel } from '@/db/schema/assignments';
import type { AssignableType } from './registry';

/**
 * The precedence rule, pure (no database): unit-tested in resolve.test.ts and used by every
 * query that answers "what does customer X get".
 *
 * - An item reaches a customer when it is assigned at any level that covers the customer: ALL,
 *   the customer's category, its group, or the customer itself (the customer sees the union of
 *   what reaches it).
 * - Where several levels assign the same item, the most specific wins:
 *   customer > group > category > all. The others are kept as `overridden` (support sees why).
 * - Several assignments of one item at the winning level: the type's `combine`, else the most
 *   recently updated one (ties broken by id, so the answer is stable).
 * - An item assigned nowhere takes the type's `defaultValue` (source level `default`), else it is
 *   not in the result: not available.
 */

export const levelRank: Record<AssignmentLevel, number> = { all: 0, category: 1, group: 2, customer: 3 };

/** Where a customer sits in the hierarchy: the targets whose assignments reach it. */
export type Placement = {
  accountId: string;
  categoryId: string;
  groupId: string | null;
};

/** Display names of the targets, for the source of each value (link text in the admin portal). */
export type PlacementNames = { account: string; category: string; group: string | null };

export type AssignmentFact = {
  id: string;
  itemType: string;
  itemKey: string;
  level: AssignmentLevel;
  targetId: string | null;
  value: unknown;
  updatedAt: Date;
};

export type ValueSource = { level: AssignmentLevel; targetId: string | null; targetName: string } | { level: 'default'; targetId: null; targetName: string };

export type ResolvedItem = {
  itemType: string;
  itemKey: string;
  value: unknown;
  source: ValueSource;
  /** Assignments of this item at less specific levels, which the winner overrides (most specific first). */
  overridden: { level: AssignmentLevel; targetId: string | null; targetName: string; value: unknown }[];
};

export const itemId = (itemType: string, itemKey: string) => `${itemType}\u0000${itemKey}`;

/** Whether an assignment's target covers the placement (foreign rows are ignored, never trusted). */
export function reaches(fact: Pick<AssignmentFact, 'level' | 'targetId'>, placement: Placement): boolean {
  switch (fact.level) {
    case 'all':
      return fact.targetId === null;
    case 'category':
      return fact.targetId === placement.categoryId;
    case 'group':
      return placement.groupId !== null && fact.targetId === placement.groupId;
    case 'customer':
      return fact.targetId === placement.accountId;
  }
}

export function targetName(level: AssignmentLevel, names: PlacementNames): string {
  if (level === 'all') return 'All customers';
  if (level === 'category') return names.category;
  if (level === 'group') return names.group ?? 'Group';
  return names.account;
}

const newestFirst = (a: AssignmentFact, b: AssignmentFact) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Resolves the facts that reach a placement into one value per item. `types` gives each type's
 * combine rule (a fact of an unregistered type resolves with the default rule).
 */
export function resolveAssignments(facts: readonly AssignmentFact[], placement: Placement, names: PlacementNames, types: ReadonlyMap<string, AssignableType>): Map<string, ResolvedItem> {
  const byItem = new Map<string, AssignmentFact[]>();
  for (const fact of facts) {
    if (!reaches(fact, placement)) continue;
    const id = itemId(fact.itemType, fact.itemKey);
    const list = byItem.get(id);
    if (list) list.push(fact);
    else byItem.set(id, [fact]);
  }
  const out = new Map<string, ResolvedItem>();
  for (const [id, list] of byItem) {
    // Most specific level first; inside a level, the newest first.
    list.sort((a, b) => levelRank[b.level] - levelRank[a.level] || newestFirst(a, b));
    const top = list[0]!;
    const winners = list.filter((f) => f.level === top.level);
    const definition = types.get(top.itemType);
    const value = winners.length > 1 && definition?.combine ? definition.combine(winners.map((w) => w.value)) : top.value;
    out.set(id, {
      itemType: top.itemType,
      itemKey: top.itemKey,
      value,
      source: { level: top.level, targetId: top.targetId, targetName: targetName(top.level, names) },
      overridden: list.filter((f) => f.level !== top.level).map((f) => ({ level: f.level, targetId: f.targetId, targetName: targetName(f.level, names), value: f.value })),
    });
  }
  return out;
}

/** The value of one item for the placement: the resolved one, the type's default, or undefined (not available). */
export function effectiveValue(resolved: ReadonlyMap<string, ResolvedItem>, definition: AssignableType, itemKey: string): { value: unknown; source: ValueSource } | undefined {
  const hit = resolved.get(itemId(definition.type, itemKey));
  if (hit) return { value: hit.value, source: hit.source };
  const fallback = definition.defaultFor?.(itemKey) ?? definition.defaultValue;
  if (fallback !== undefined) return { value: fallback, source: { level: 'default', targetId: null, targetName: 'Default' } };
  return undefined;
}

/** Whether the item is available to the customer: it reaches it (or has a default) and its value does not switch it off. */
export function isItemAvailable(resolved: ReadonlyMap<string, ResolvedItem>, definition: AssignableType, itemKey: string): boolean {
  const hit = effectiveValue(resolved, definition, itemKey);
  if (!hit) return false;
  return definition.isAvailable ? definition.isAvailable(hit.value) : true;
}

/** A set-valued type's combine rule: the union of arrays, first-seen order. */
export function unionOf<T>(values: T[][]): T[] {
  return [...new Set(values.flat())];
}
