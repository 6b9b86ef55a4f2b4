import { eq } from 'drizzle-orm';
import { ratePlanRows } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { updateRowSchema } from '../schemas';
import { rateRowView, type RateRowView } from '../views';
import { loadDraft } from './load';

/** Changes one row of a draft; fields left out stay. */
export async function updateRateRow({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateRowSchema> }): Promise<RateRowView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id, rate, connectionFee, minimumCharge, ...rest } = parseInput(updateRowSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const [before] = await tx.select().from(ratePlanRows).where(eq(ratePlanRows.id, id));
      if (!before) throw new NotFoundError('Rate row not found');
      await loadDraft(tx, before.versionId);
      const set = Object.fromEntries(
        Object.entries({ ...rest, rateMicro: rate, connectionFeeMicro: connectionFee, minimumChargeMicro: minimumCharge }).filter(([, v]) => v !== undefined),
      ) as Partial<typeof ratePlanRows.$inferInsert>;
      const from = set.effectiveFrom ?? before.effectiveFrom;
      const to = set.effectiveTo === undefined ? before.effectiveTo : set.effectiveTo;
      if (to && from >= to) throw new ValidationError([{ path: 'effectiveTo', message: 'must be after effective from' }]);
      if (!Object.keys(set).length) return rateRowView(before);
      const [after] = await tx.update(ratePlanRows).set(set).where(eq(ratePlanRows.id, id)).returning();
      await recordAudit(tx, ctx, { entity: 'rate_plan_version', entityId: before.versionId, action: 'rows.update', before, after, tenantId: before.tenantId });
      return rateRowView(after!);
    }),
  );
}
