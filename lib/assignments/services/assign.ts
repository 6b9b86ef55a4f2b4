import { and, eq, isNull, sql } from 'drizzle-orm';
import { assignments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertLevelInScope, assignmentScope } from '../access';
import { getAssignableType } from '../registry';
import { assignSchema } from '../schemas';
import { resolveTarget } from '../targets';
import '../types';

/**
 * Assigns an item to ALL, a category, a group or a customer, or changes the value of that
 * assignment (one row per item and target). The value is validated by the item type's schema and
 * the item must exist in its type's list. Audited with the value before and after. A brand admin
 * assigns at customer level to its own brand's accounts only (lib/assignments/access.ts).
 */
export async function assign({ ctx, input }: { ctx: Ctx; input: InputOf<typeof assignSchema> }) {
  const scope = assignmentScope(ctx, 'customers.write');
  const data = parseInput(assignSchema, input);
  assertLevelInScope(scope, data.level);
  const targetId = data.level === 'all' ? null : data.targetId!;
  const definition = getAssignableType(data.itemType);
  if (!definition) throw new ValidationError([{ path: 'itemType', message: `"${data.itemType}" is not an assignable item type` }]);
  const parsed = definition.valueSchema.safeParse(data.value);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: ['value', ...i.path].join('.'), message: i.message })));
  const value = parsed.data;
  const problem = definition.checkValue?.(data.itemKey, value);
  if (problem) throw new ValidationError([{ path: 'value', message: problem }]);
  const checkItem = async (ctx: Ctx) => {
    const items = await definition.listItems(ctx);
    if (!items.some((i) => i.key === data.itemKey)) throw new ValidationError([{ path: 'itemKey', message: `no ${definition.label.toLowerCase()} item "${data.itemKey}"` }]);
  };
  // The item lists are platform-wide (read in platform transactions): for a brand admin, before its tenant transaction.
  if (scope.kind === 'tenant') await checkItem(ctx);
  return scope.run(async (tx, ctx) => {
    if (scope.kind === 'platform') await checkItem(ctx);
    const target = await resolveTarget(ctx, data.level, targetId);
    if (scope.kind === 'tenant' && target.tenantId !== scope.tenantId) throw new NotFoundError('Customer account not found');
    const where = and(eq(assignments.itemType, data.itemType), eq(assignments.itemKey, data.itemKey), eq(assignments.level, data.level), targetId ? eq(assignments.targetId, targetId) : isNull(assignments.targetId));
    const [before] = await tx.select().from(assignments).where(where).for('update');
    const [row] = await tx
      .insert(assignments)
      .values({ tenantId: target.tenantId, itemType: data.itemType, itemKey: data.itemKey, level: data.level, targetId, value, createdBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: [assignments.itemType, assignments.itemKey, assignments.level, assignments.targetId], set: { value: sql`excluded.value` } })
      .returning();
    await recordAudit(tx, ctx, { entity: 'assignment', action: 'assign', entityId: row!.id, tenantId: target.tenantId, before: before ?? null, after: { ...row, targetName: target.name } });
    return { ...row!, targetName: target.name };
  });
}
