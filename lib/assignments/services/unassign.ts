import { and, eq, isNull } from 'drizzle-orm';
import { assignments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertAssignmentsStaff } from '../access';
import { unassignSchema } from '../schemas';

/** Removes one assignment: the customer falls back to the next level that assigns the item (or to not available). Audited. */
export async function unassign({ ctx, input }: { ctx: Ctx; input: InputOf<typeof unassignSchema> }) {
  assertAssignmentsStaff(ctx, 'customers.write');
  const data = parseInput(unassignSchema, input);
  const targetId = data.level === 'all' ? null : data.targetId!;
  return platformTx(ctx, async (tx, ctx) => {
    const [row] = await tx
      .delete(assignments)
      .where(and(eq(assignments.itemType, data.itemType), eq(assignments.itemKey, data.itemKey), eq(assignments.level, data.level), targetId ? eq(assignments.targetId, targetId) : isNull(assignments.targetId)))
      .returning();
    if (!row) throw new NotFoundError('Assignment not found');
    await recordAudit(tx, ctx, { entity: 'assignment', action: 'unassign', entityId: row.id, tenantId: row.tenantId, before: row });
    return { id: row.id };
  });
}
