import { and, eq, inArray, sql } from 'drizzle-orm';
import { routeChecks, routeEntries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { parseInput, type InputOf } from '@/lib/validation';
import { routingScope } from '../access';
import { RoutingRuleError, withRoutingErrors } from '../constraints';
import { startRouteCheckSchema } from '../schemas';
import { routeCheckView, type RouteCheckView } from '../views';
import { customerPlanById } from './customer-plan';
import { loadRoutingPlan } from './load';

/**
 * Starts the route table check of a draft plan against a customer (sell) plan at an instant
 * (default now): a check row and its `routing.check` job, in one transaction (a rolled-back start
 * leaves no job). One check runs per plan at a time.
 */
export async function startRouteCheck({ ctx, input }: { ctx: Ctx; input: InputOf<typeof startRouteCheckSchema> }): Promise<RouteCheckView> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(startRouteCheckSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const plan = await loadRoutingPlan(tx, data.planId, true);
      if (plan.status !== 'draft') throw new RoutingRuleError('route_checks_draft_only', `plan ${plan.name} is ${plan.status}`);
      await customerPlanById(tx, plan, data.customerRatePlanId);
      const [running] = await tx.select({ id: routeChecks.id }).from(routeChecks).where(and(eq(routeChecks.planId, plan.id), inArray(routeChecks.status, ['queued', 'running'])));
      if (running) throw new RoutingRuleError('route_checks_one_running', `check ${running.id} is still running`);
      const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(routeEntries).where(eq(routeEntries.planId, plan.id));
      const [row] = await tx
        .insert(routeChecks)
        .values({ tenantId: plan.tenantId, planId: plan.id, customerRatePlanId: data.customerRatePlanId, at: data.at ?? new Date(), total: total?.n ?? 0 })
        .returning();
      const job = await enqueueJob('routing.check', { tenantId: plan.tenantId, checkId: row!.id }, { db: tx, idempotencyKey: `routing.check:${row!.id}` });
      const [withJob] = await tx.update(routeChecks).set({ jobId: job.id }).where(eq(routeChecks.id, row!.id)).returning();
      await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: plan.id, action: 'check.start', after: withJob, tenantId: plan.tenantId });
      return routeCheckView(withJob!);
    }),
  );
}
