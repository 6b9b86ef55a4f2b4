import { eq } from 'drizzle-orm';
import { routeEntries, routingPlans } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { idInputSchema } from '../schemas';
import { loadRoutingPlan } from './load';

/**
 * Deletes a routing plan with its entries, groups and checks. Entries go first: an entry holds its
 * group with a restricting foreign key (a group in use is never deleted under it), which would
 * otherwise race the cascade from the plan.
 */
export async function deleteRoutingPlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await routingScope(ctx, 'class4.write');
  const { id } = parseInput(idInputSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRoutingPlan(tx, id, true);
      await tx.delete(routeEntries).where(eq(routeEntries.planId, id));
      await tx.delete(routingPlans).where(eq(routingPlans.id, id));
      await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: id, action: 'delete', before, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'route.plan.deleted', { routingPlanId: id, name: before.name, status: before.status }, { tenantId: before.tenantId });
      return { id };
    }),
  );
}
