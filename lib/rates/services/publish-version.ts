import { and, count, eq } from 'drizzle-orm';
import { ratePlanRows, ratePlanVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { idInputSchema } from '../schemas';
import { ratePlanVersionView, type RatePlanVersionView } from '../views';
import { loadDraft, loadPlan } from './load';

/**
 * Publishes a draft, atomically: in one transaction the published version (if any) becomes
 * superseded and the draft published; audited, and `rate_plan.published` is queued with it. From
 * then on the version never changes (service and database triggers).
 */
export async function publishRatePlanVersion({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<RatePlanVersionView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id } = parseInput(idInputSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const peek = await loadDraft(tx, id);
      const plan = await loadPlan(tx, peek.planId, true);
      const draft = await loadDraft(tx, id);
      const [n] = await tx.select({ n: count() }).from(ratePlanRows).where(eq(ratePlanRows.versionId, id));
      const rowCount = n?.n ?? 0;
      if (rowCount === 0) throw new ValidationError([{ path: 'id', message: `version ${draft.number} of ${plan.name} has no rows: add rows before publishing` }]);
      const now = new Date();
      const superseded = await tx
        .update(ratePlanVersions)
        .set({ status: 'superseded', supersededAt: now })
        .where(and(eq(ratePlanVersions.planId, plan.id), eq(ratePlanVersions.status, 'published')))
        .returning({ id: ratePlanVersions.id });
      const [after] = await tx
        .update(ratePlanVersions)
        .set({ status: 'published', publishedAt: now, publishedBy: ctx.actor.userId })
        .where(eq(ratePlanVersions.id, id))
        .returning();
      const supersededVersionId = superseded[0]?.id ?? null;
      await recordAudit(tx, ctx, { entity: 'rate_plan_version', entityId: id, action: 'publish', before: draft, after: { ...after, supersededVersionId, rowCount }, tenantId: plan.tenantId });
      await publishEvent(tx, ctx, 'rate_plan.published', { ratePlanId: plan.id, versionId: id, number: draft.number, kind: plan.kind, currency: plan.currency, rowCount, supersededVersionId }, { tenantId: plan.tenantId });
      return ratePlanVersionView(after!, rowCount);
    }),
  );
}
