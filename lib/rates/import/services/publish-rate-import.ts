import { and, eq } from 'drizzle-orm';
import { rateImports, ratePlanVersions, type RateImportRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { withRateErrors } from '../../constraints';
import { publishDraftInTx } from '../../services/publish-draft';
import { importIdSchema } from '../schemas';
import { loadImport } from '../load';

/**
 * Publishes an import's draft (the same publish as publishRatePlanVersion) in ONE transaction with
 * the import's own state: the swap is atomic whatever the size. Refused while the report has errors
 * not accepted, and when the live version moved since the change set was computed (it would be
 * stale). Returns the row; publishRateImport (publish-rate-import-view.ts) answers the view.
 */
export async function publishRateImportRow({ ctx, input }: { ctx: Ctx; input: InputOf<typeof importIdSchema> }): Promise<RateImportRow> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id } = parseInput(importIdSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const imp = await loadImport(tx, id, true);
      if (imp.status !== 'ready' || !imp.versionId) throw new ConflictError(`the import is ${imp.status}: only a ready import is published`);
      if (imp.errorCount > 0 && !imp.errorsAccepted)
        throw new ConflictError(`the import has ${imp.errorCount} error${imp.errorCount === 1 ? '' : 's'} in ${imp.rowsRejected} row${imp.rowsRejected === 1 ? '' : 's'}: accept the report (the rows stay out) or fix the deck`);
      const [live] = await tx.select({ id: ratePlanVersions.id }).from(ratePlanVersions).where(and(eq(ratePlanVersions.planId, imp.planId), eq(ratePlanVersions.status, 'published'))).for('update');
      if ((live?.id ?? null) !== imp.baseVersionId) throw new ConflictError('the live version changed since this change set was computed: import the deck again');
      const { version } = await publishDraftInTx(tx, ctx, imp.versionId);
      const [after] = await tx.update(rateImports).set({ status: 'published', publishedAt: new Date() }).where(eq(rateImports.id, id)).returning();
      await recordAudit(tx, ctx, { entity: 'rate_import', entityId: id, action: 'publish', after: { versionId: version.id, summary: imp.summary }, tenantId: imp.tenantId });
      return after!;
    }),
  );
}
