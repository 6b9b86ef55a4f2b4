import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ratePlanRows, ratePlanVersions, type RatePlanVersionRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { loadDraft, loadPlan } from './load';

/**
 * The publish itself, in the caller's transaction (publishRatePlanVersion and the deck import's
 * publish): the published version (if any) becomes superseded and the draft published; audited,
 * and `rate_plan.published` is queued with it. No views here, so plain Node (the bench) can use it.
 */
export async function publishDraftInTx(tx: Tx, ctx: Ctx, id: string): Promise<{ version: RatePlanVersionRow; rowCount: number }> {
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
  return { version: after!, rowCount };
}
