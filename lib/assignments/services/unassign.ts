import { and, eq, isNull } from 'drizzle-orm';
import { assignments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertLevelInScope, assignmentScope } from '../access';
import { unassignSchema } from '../schemas';

/** Removes one assignment: the customer falls back to the next level that assigns the item (or to not available). Audited. Scope: lib/assignments/access.ts. */
export async function unassign({ ctx, input }: { ctx: Ctx; input: InputOf<typeof unassignSchema> }) {
  const scope = assignmentScope(ctx, 'customers.write');
  const data = parseInput(unassignSchema, input);
  assertLevelInScope(scope, data.level);
  const targetId = data.level === 'all' ? null : data.targetId!;
  return scope.run(async (tx, ctx) => {
    const [row] = await tx
      .delete(assignments)
      .where(
        and(
          eq(assignments.itemType, data.itemType),
          eq(assignments.itemKey, data.itemKey),
          eq(assignments.level, data.level),
          targetId ? eq(assignments.targetId, targetId) : isNull(assignments.targetId),
          // A brand admin's own rows only (RLS says the same in its tenant transaction).
          scope.tenantId ? eq(assignments.tenantId, scope.tenantId) : undefined,
        ),
      )
      .returning();
    if (!row) throw new NotFoundError('Assignment not found');
    await recordAudit(tx, ctx, { entity: 'assignment', action: 'unassign', entityId: row.id, tenantId: row.tenantId, before: row });
    return { id: row.id };
  });
}
