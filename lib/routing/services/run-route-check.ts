import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { routeCheckFindings, routeChecks, routeEntries, type RouteFindingKind } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type SystemCtx } from '@/lib/context';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { evaluate, rateCache, supplierLists, type Evaluation } from '../evaluate';
import { ROUTE_CHECK_BATCH } from '../jobs';
import { skipReasonText } from '../rank';
import { signedMicroToDecimal } from '../money';
import { loadRouteCheck, loadRoutingPlan } from './load';

type Finding = { prefix: string; kind: RouteFindingKind; detail: string; candidates: number };

const name = (s: { carrierCode: string; interconnectName: string }) => `${s.carrierCode} ${s.interconnectName}`;

/** What one entry's evaluation says about its prefix (pure). */
export function findingsOf(prefix: string, supplierCount: number, result: Evaluation): Finding[] {
  const out: Finding[] = [];
  const candidates = result.candidates.length;
  if (candidates === 0) {
    const why = supplierCount === 0 ? 'no suppliers' : result.skipped.map((s) => `${name(s)}: ${skipReasonText[s.reason]}`).join('; ');
    out.push({ prefix, kind: 'no_route', detail: why.slice(0, 2000), candidates });
  }
  const losing = [...result.candidates, ...result.skipped].filter((s) => s.marginMicro !== null && s.marginMicro < 0);
  if (losing.length) out.push({ prefix, kind: 'negative_margin', detail: losing.map((s) => `${name(s)}: margin ${signedMicroToDecimal(s.marginMicro!)}`).join('; ').slice(0, 2000), candidates });
  if (candidates === 1) out.push({ prefix, kind: 'single_supplier', detail: `only ${name(result.candidates[0]!)}`, candidates });
  return out;
}

/**
 * The route table check's work (job routing.check), as a system actor: every entry of the plan by
 * prefix, ROUTE_CHECK_BATCH at a time. Each batch is one transaction that writes its findings, the
 * progress and the resume point (last prefix) together. The last batch marks the check succeeded
 * and publishes route.check.completed; a failure on the last attempt marks it failed.
 */
export async function runRouteCheck({ ctx, input, job }: { ctx: SystemCtx; input: { tenantId: string; checkId: string }; job?: { progress(done: number, total: number, message: string): Promise<void>; lastAttempt: boolean } }) {
  assertPermission(ctx, 'class4.write');
  try {
    const started = await tenantTx(ctx, input.tenantId, async (tx) => {
      const check = await loadRouteCheck(tx, input.checkId);
      if (check.status === 'succeeded' || check.status === 'failed') return null;
      const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(routeEntries).where(eq(routeEntries.planId, check.planId));
      const [row] = await tx
        .update(routeChecks)
        .set({ status: 'running', startedAt: check.startedAt ?? sql`now()`, total: check.lastPrefix === null ? (total?.n ?? 0) : sql`greatest(${routeChecks.total}, ${routeChecks.done})` })
        .where(eq(routeChecks.id, check.id))
        .returning();
      return row!;
    });
    if (!started) return { skipped: true };
    for (;;) {
      const step = await tenantTx(ctx, input.tenantId, async (tx) => {
        const check = await loadRouteCheck(tx, input.checkId);
        const plan = await loadRoutingPlan(tx, check.planId);
        const entries = await tx
          .select()
          .from(routeEntries)
          .where(and(eq(routeEntries.planId, plan.id), check.lastPrefix === null ? undefined : gt(routeEntries.prefix, check.lastPrefix)))
          .orderBy(asc(routeEntries.prefix))
          .limit(ROUTE_CHECK_BATCH);
        if (!entries.length) {
          const [done] = await tx.update(routeChecks).set({ status: 'succeeded', finishedAt: sql`now()`, done: sql`${routeChecks.total}` }).where(eq(routeChecks.id, check.id)).returning();
          await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: plan.id, action: 'check.completed', after: done, tenantId: plan.tenantId });
          await publishEvent(
            tx,
            ctx,
            'route.check.completed',
            { routingPlanId: plan.id, routeCheckId: check.id, prefixes: done!.total, noRoute: done!.noRoute, negativeMargin: done!.negativeMargin, singleSupplier: done!.singleSupplier },
            { tenantId: plan.tenantId },
          );
          return { finished: true, done: done!.done, total: done!.total };
        }
        const lists = await supplierLists(tx, {
          entryIds: entries.filter((e) => !e.groupId).map((e) => e.id),
          groupIds: [...new Set(entries.map((e) => e.groupId).filter((g): g is string => !!g))],
        });
        const rates = rateCache(tx, check.at);
        // One query per plan for the whole batch: the sell plan over every prefix, each supplier plan over its entries' prefixes.
        const byPlan = new Map<string, string[]>([[check.customerRatePlanId, entries.map((e) => e.prefix)]]);
        for (const e of entries)
          for (const s of lists.get(e.groupId ?? e.id) ?? []) {
            if (!s.supplierRatePlanId) continue;
            const list = byPlan.get(s.supplierRatePlanId);
            if (list) list.push(e.prefix);
            else byPlan.set(s.supplierRatePlanId, [e.prefix]);
          }
        for (const [planId, prefixes] of byPlan) await rates.prime(planId, prefixes);
        const findings: Finding[] = [];
        for (const e of entries) {
          const suppliers = lists.get(e.groupId ?? e.id) ?? [];
          const result = await evaluate(rates, { plan, method: e.method, suppliers, digits: e.prefix, sellPlanId: check.customerRatePlanId });
          findings.push(...findingsOf(e.prefix, suppliers.length, result));
        }
        const inserted = findings.length
          ? await tx
              .insert(routeCheckFindings)
              .values(findings.map((f) => ({ tenantId: plan.tenantId, checkId: check.id, ...f })))
              .onConflictDoNothing()
              .returning({ kind: routeCheckFindings.kind })
          : [];
        const count = (k: RouteFindingKind) => inserted.filter((f) => f.kind === k).length;
        const [row] = await tx
          .update(routeChecks)
          .set({
            done: sql`least(${routeChecks.done} + ${entries.length}, greatest(${routeChecks.total}, ${routeChecks.done} + ${entries.length}))`,
            total: sql`greatest(${routeChecks.total}, ${routeChecks.done} + ${entries.length})`,
            lastPrefix: entries.at(-1)!.prefix,
            noRoute: sql`${routeChecks.noRoute} + ${count('no_route')}`,
            negativeMargin: sql`${routeChecks.negativeMargin} + ${count('negative_margin')}`,
            singleSupplier: sql`${routeChecks.singleSupplier} + ${count('single_supplier')}`,
          })
          .where(eq(routeChecks.id, check.id))
          .returning();
        return { finished: false, done: row!.done, total: row!.total };
      });
      await job?.progress(step.done, step.total, step.finished ? 'Done' : `${step.done} of ${step.total} prefixes`);
      if (step.finished) return { prefixes: step.total };
    }
  } catch (error) {
    if (job?.lastAttempt ?? true) {
      const message = error instanceof Error ? error.message : String(error);
      await tenantTx(ctx, input.tenantId, (tx) => tx.update(routeChecks).set({ status: 'failed', finishedAt: sql`now()`, error: message.slice(0, 2000) }).where(eq(routeChecks.id, input.checkId)));
    }
    throw error;
  }
}
