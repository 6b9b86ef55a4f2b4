import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ratePlans, ratePlanVersions } from '@/db/schema';
import { resolvePlacement } from '@/lib/assignments/facts';
import { isItemAvailable } from '@/lib/assignments/resolve';
import type { Ctx } from '@/lib/context';
import { customerPlacementOfUser } from '@/lib/customers/placement';
import { ratePlanType } from '../assignable';

/**
 * The sell plan assigned to the caller's customer account (rate_plan items of the assignment
 * engine), with its published version; null when none is assigned or none is published. Several
 * assigned: the first by name (one is the norm; the admin sees them all).
 */
export async function customerPlanOf(tx: Tx, ctx: Ctx) {
  const placement = await customerPlacementOfUser(ctx);
  if (!placement) return null;
  const resolved = await resolvePlacement(ctx, placement);
  const keys = [...resolved.values()].filter((r) => r.itemType === ratePlanType.type && isItemAvailable(resolved, ratePlanType, r.itemKey)).map((r) => r.itemKey);
  if (!keys.length) return null;
  const plans = await tx
    .select({ plan: ratePlans, versionId: ratePlanVersions.id, versionNumber: ratePlanVersions.number, publishedAt: ratePlanVersions.publishedAt })
    .from(ratePlans)
    .innerJoin(ratePlanVersions, and(eq(ratePlanVersions.planId, ratePlans.id), eq(ratePlanVersions.status, 'published')))
    .where(and(eq(ratePlans.kind, 'sell'), eq(ratePlans.tenantId, placement.tenantId)));
  const mine = plans.filter((p) => keys.includes(p.plan.id)).sort((a, b) => a.plan.name.localeCompare(b.plan.name))[0];
  return mine ? { account: placement, plan: mine.plan, versionId: mine.versionId, versionNumber: mine.versionNumber, publishedAt: mine.publishedAt } : null;
}
