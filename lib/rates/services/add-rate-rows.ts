import { ratePlanRows } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { addRowsSchema } from '../schemas';
import { rateRowView, type RateRowView } from '../views';
import { loadDraft } from './load';

/** Adds up to MAX_ROWS_PER_CALL rows to a draft (bulk decks go through the import job, later). */
export async function addRateRows({ ctx, input }: { ctx: Ctx; input: InputOf<typeof addRowsSchema> }): Promise<RateRowView[]> {
  const scope = await ratesScope(ctx, 'rates.write');
  const data = parseInput(addRowsSchema, input);
  const seen = new Map<string, number>();
  data.rows.forEach((r, i) => {
    const key = `${r.prefix}@${r.effectiveFrom.toISOString()}`;
    if (seen.has(key)) throw new ValidationError([{ path: `rows.${i}.prefix`, message: `prefix ${r.prefix} from ${r.effectiveFrom.toISOString()} is also row ${seen.get(key)! + 1}` }]);
    seen.set(key, i);
  });
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const version = await loadDraft(tx, data.versionId);
      const rows = await tx
        .insert(ratePlanRows)
        .values(
          data.rows.map((r) => ({
            tenantId: version.tenantId,
            versionId: version.id,
            prefix: r.prefix,
            destination: r.destination,
            rateMicro: r.rate,
            connectionFeeMicro: r.connectionFee,
            initialIncrement: r.initialIncrement,
            subsequentIncrement: r.subsequentIncrement,
            minimumChargeMicro: r.minimumCharge,
            effectiveFrom: r.effectiveFrom,
            effectiveTo: r.effectiveTo,
            blocked: r.blocked,
          })),
        )
        .returning();
      await recordAudit(tx, ctx, { entity: 'rate_plan_version', entityId: version.id, action: 'rows.add', after: { count: rows.length, prefixes: rows.slice(0, 50).map((r) => r.prefix) }, tenantId: version.tenantId });
      return rows.map(rateRowView);
    }),
  );
}
