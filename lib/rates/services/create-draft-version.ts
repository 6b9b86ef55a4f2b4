import { eq, max, sql } from 'drizzle-orm';
import { ratePlanVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { createDraftSchema } from '../schemas';
import { ratePlanVersionView, type RatePlanVersionView } from '../views';
import { loadPlan } from './load';

/**
 * Opens the plan's draft: a new version numbered after the last, holding a copy of the published
 * version's rows (one INSERT ... SELECT in the database, however many rows). One draft per plan.
 */
export async function createDraftVersion({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createDraftSchema> }): Promise<RatePlanVersionView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const data = parseInput(createDraftSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const plan = await loadPlan(tx, data.planId, true);
      const versions = await tx.select({ id: ratePlanVersions.id, status: ratePlanVersions.status, number: ratePlanVersions.number }).from(ratePlanVersions).where(eq(ratePlanVersions.planId, plan.id));
      const draft = versions.find((v) => v.status === 'draft');
      if (draft) throw new ValidationError([{ path: 'planId', message: `plan ${plan.name} already has a draft (version ${draft.number}): edit or publish it` }]);
      const live = versions.find((v) => v.status === 'published');
      const [last] = await tx.select({ n: max(ratePlanVersions.number) }).from(ratePlanVersions).where(eq(ratePlanVersions.planId, plan.id));
      const [version] = await tx
        .insert(ratePlanVersions)
        .values({ tenantId: plan.tenantId, planId: plan.id, number: (last?.n ?? 0) + 1, notes: data.notes })
        .returning();
      let copied = 0;
      if (live) {
        const result = await tx.execute(sql`
          insert into rate_plan_rows (tenant_id, version_id, prefix, destination, rate_micro, connection_fee_micro, initial_increment,
                                      subsequent_increment, minimum_charge_micro, effective_from, effective_to, blocked)
          select tenant_id, ${version!.id}, prefix, destination, rate_micro, connection_fee_micro, initial_increment,
                 subsequent_increment, minimum_charge_micro, effective_from, effective_to, blocked
            from rate_plan_rows where version_id = ${live.id}`);
        copied = (result as unknown as { count?: number; rowCount?: number }).count ?? (result as unknown as { rowCount?: number }).rowCount ?? 0;
      }
      await recordAudit(tx, ctx, { entity: 'rate_plan_version', entityId: version!.id, action: 'create', after: { ...version, copiedFrom: live?.id ?? null, rowCount: copied }, tenantId: plan.tenantId });
      return ratePlanVersionView(version!, copied);
    }),
  );
}
