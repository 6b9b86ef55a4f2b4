import { eq } from 'drizzle-orm';
import { routingPlans } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { updateRoutingPlanSchema } from '../schemas';
import { routingPlanView, type RoutingPlanView } from '../views';
import { loadRoutingPlan } from './load';

/** Changes a routing plan's name, status (draft <-> active), margin floor or description; fields left out stay. */
export async function updateRoutingPlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateRoutingPlanSchema> }): Promise<RoutingPlanView> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(updateRoutingPlanSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRoutingPlan(tx, data.id, true);
      const [after] = await tx
        .update(routingPlans)
        .set({
          name: data.name ?? before.name,
          status: data.status ?? before.status,
          marginFloorMicro: data.marginFloor ?? before.marginFloorMicro,
          description: data.description ?? before.description,
        })
        .where(eq(routingPlans.id, data.id))
        .returning();
      await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: data.id, action: 'update', before, after, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'route.plan.updated', { routingPlanId: after!.id, name: after!.name, status: after!.status }, { tenantId: before.tenantId });
      return routingPlanView(after!);
    }),
  );
}
