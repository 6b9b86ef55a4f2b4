import { and, eq, or } from 'drizzle-orm';
import { assignments } from '@/db/schema';
import { platformTx, type AnyCtx } from '@/lib/context';
import { customerPlacement, type CustomerPlacement } from '@/lib/customers/placement';
import { listAssignableTypes } from './registry';
import { resolveAssignments, type AssignmentFact, type Placement, type PlacementNames, type ResolvedItem } from './resolve';
import './types';

/**
 * The one query behind "what does customer X get": every assignment row that can reach the
 * placement (ALL, its category, its group, the account), for every item type at once. Served by
 * assignments_level_target_idx (a bitmap OR of four index ranges); its cost follows the number of
 * rows that reach the customer, not the size of the catalogue.
 *
 * Platform scope: ALL/category/group rows belong to the root tenant (categories and groups are
 * platform-wide), so a tenant-scoped transaction could not see them through RLS. The account's
 * own rows are selected by its id, which the caller resolved in its own scope.
 */
export async function loadFacts(ctx: AnyCtx, placement: Placement): Promise<AssignmentFact[]> {
  return platformTx(ctx, (tx) =>
    tx
      .select({ id: assignments.id, itemType: assignments.itemType, itemKey: assignments.itemKey, level: assignments.level, targetId: assignments.targetId, value: assignments.value, updatedAt: assignments.updatedAt })
      .from(assignments)
      .where(
        or(
          eq(assignments.level, 'all'),
          and(eq(assignments.level, 'category'), eq(assignments.targetId, placement.categoryId)),
          placement.groupId ? and(eq(assignments.level, 'group'), eq(assignments.targetId, placement.groupId)) : undefined,
          and(eq(assignments.level, 'customer'), eq(assignments.targetId, placement.accountId)),
        ),
      ),
  );
}

export const namesOf = (p: CustomerPlacement): PlacementNames => ({ account: p.company, category: p.categoryName, group: p.groupName });
export const placementOf = (p: CustomerPlacement): Placement => ({ accountId: p.accountId, categoryId: p.categoryId, groupId: p.groupId });

/** Resolves every registered type for a placement (one query). */
export async function resolvePlacement(ctx: AnyCtx, placement: CustomerPlacement, facts?: AssignmentFact[]): Promise<Map<string, ResolvedItem>> {
  const rows = facts ?? (await loadFacts(ctx, placementOf(placement)));
  const types = new Map(listAssignableTypes().map((t) => [t.type, t]));
  return resolveAssignments(rows, placementOf(placement), namesOf(placement), types);
}

/**
 * "What does customer X get": per item, the winning value and where it came from. A helper for
 * other domains' services (no permission of its own: the caller checked, and the account is read
 * in the caller's scope, so a foreign account is a 404). Two queries: the placement, the facts.
 */
export async function resolveForCustomer(ctx: AnyCtx, accountId: string): Promise<{ placement: CustomerPlacement; resolved: Map<string, ResolvedItem> }> {
  const placement = await customerPlacement(ctx, accountId);
  return { placement, resolved: await resolvePlacement(ctx, placement) };
}
