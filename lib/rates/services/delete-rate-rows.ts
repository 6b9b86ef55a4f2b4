import { inArray } from 'drizzle-orm';
import { ratePlanRows } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { deleteRowsSchema } from '../schemas';
import { loadDraft } from './load';

/** Deletes rows of one draft (all ids must be rows of the same draft version). */
export async function deleteRateRows({ ctx, input }: { ctx: Ctx; input: InputOf<typeof deleteRowsSchema> }): Promise<{ deleted: number }> {
  const scope = await ratesScope(ctx, 'rates.write');
  const ids = [...new Set(parseInput(deleteRowsSchema, input).ids)];
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const rows = await tx.select({ id: ratePlanRows.id, versionId: ratePlanRows.versionId, tenantId: ratePlanRows.tenantId, prefix: ratePlanRows.prefix }).from(ratePlanRows).where(inArray(ratePlanRows.id, ids));
      if (rows.length !== ids.length) throw new NotFoundError('Rate row not found');
      const versions = new Set(rows.map((r) => r.versionId));
      if (versions.size !== 1) throw new ValidationError([{ path: 'ids', message: 'the rows belong to different versions: delete from one draft at a time' }]);
      const version = await loadDraft(tx, rows[0]!.versionId);
      await tx.delete(ratePlanRows).where(inArray(ratePlanRows.id, ids));
      await recordAudit(tx, ctx, { entity: 'rate_plan_version', entityId: version.id, action: 'rows.delete', before: { count: rows.length, prefixes: rows.slice(0, 50).map((r) => r.prefix) }, tenantId: version.tenantId });
      return { deleted: rows.length };
    }),
  );
}
