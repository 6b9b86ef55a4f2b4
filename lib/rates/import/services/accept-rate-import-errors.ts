import { eq } from 'drizzle-orm';
import { rateImports } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { importIdSchema } from '../schemas';
import { rateImportView } from '../views';
import { loadImport } from '../load';

/**
 * The operator accepts the error report: the rejected rows stay out of the draft (they never entered
 * it) and publishing is allowed. Audited with the counts accepted.
 */
export async function acceptRateImportErrors({ ctx, input }: { ctx: Ctx; input: InputOf<typeof importIdSchema> }) {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id } = parseInput(importIdSchema, input);
  return scope.run(async (tx, ctx) => {
    const imp = await loadImport(tx, id, true);
    if (imp.status !== 'ready') throw new ConflictError(`the import is ${imp.status}: only a ready import's report can be accepted`);
    const [after] = await tx.update(rateImports).set({ errorsAccepted: true, errorsAcceptedBy: ctx.actor.userId, errorsAcceptedAt: new Date() }).where(eq(rateImports.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'rate_import', entityId: id, action: 'accept_errors', after: { rowsRejected: imp.rowsRejected, errorCount: imp.errorCount }, tenantId: imp.tenantId });
    return rateImportView(after!, null);
  });
}
