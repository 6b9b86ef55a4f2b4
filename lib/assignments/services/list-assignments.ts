import { and, asc, eq, isNull } from 'drizzle-orm';
import { assignments } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertLevelInScope, assignmentScope } from '../access';
import { levelRank } from '../resolve';
import { itemSchema, targetSchema } from '../schemas';
import { targetNames } from '../targets';

/** Bounded: one item is assigned at most once per target; the admin pages page through customers, not assignments. */
export const MAX_ASSIGNMENT_ROWS = 1000;

const columns = { id: assignments.id, itemType: assignments.itemType, itemKey: assignments.itemKey, level: assignments.level, targetId: assignments.targetId, value: assignments.value, createdBy: assignments.createdBy, createdAt: assignments.createdAt, updatedAt: assignments.updatedAt };

/**
 * Where one item is assigned (every level and target), broadest level first, with each target's
 * name. A brand admin sees its own customers' rows only.
 */
export async function listItemAssignments({ ctx, input }: { ctx: Ctx; input: InputOf<typeof itemSchema> }) {
  const scope = assignmentScope(ctx, 'customers.read');
  const { itemType, itemKey } = parseInput(itemSchema, input);
  return scope.run(async (tx, ctx) => {
    const own = scope.tenantId ? and(eq(assignments.level, 'customer'), eq(assignments.tenantId, scope.tenantId)) : undefined;
    const rows = await tx.select(columns).from(assignments).where(and(eq(assignments.itemType, itemType), eq(assignments.itemKey, itemKey), own)).orderBy(asc(assignments.createdAt), asc(assignments.id)).limit(MAX_ASSIGNMENT_ROWS);
    const names = await targetNames(ctx, rows);
    rows.sort((a, b) => levelRank[a.level] - levelRank[b.level]);
    return { items: rows.map((r) => ({ ...r, targetName: r.targetId ? (names.get(r.targetId) ?? 'Unknown') : 'All customers' })) };
  });
}

/** The assignments made directly at one target (ALL, a category, a group or a customer), of every type. */
export async function listTargetAssignments({ ctx, input }: { ctx: Ctx; input: InputOf<typeof targetSchema> }) {
  const scope = assignmentScope(ctx, 'customers.read');
  const { level, targetId } = parseInput(targetSchema, input);
  assertLevelInScope(scope, level);
  return scope.run(async (tx) => ({
    items: await tx
      .select(columns)
      .from(assignments)
      .where(
        and(
          eq(assignments.level, level),
          level === 'all' ? isNull(assignments.targetId) : eq(assignments.targetId, targetId!),
          scope.tenantId ? eq(assignments.tenantId, scope.tenantId) : undefined,
        ),
      )
      .orderBy(asc(assignments.itemType), asc(assignments.itemKey))
      .limit(MAX_ASSIGNMENT_ROWS),
  }));
}
