import { routingPlans } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { createRoutingPlanSchema } from '../schemas';
import { routingPlanView, type RoutingPlanView } from '../views';

/** Creates a routing plan in a brand (default the current one), draft unless told otherwise. */
export async function createRoutingPlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createRoutingPlanSchema> }): Promise<RoutingPlanView> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(createRoutingPlanSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      await getTenantRef(ctx, tenantId).catch(() => {
        throw new ValidationError([{ path: 'tenantId', message: 'choose an existing brand' }]);
      });
      const [row] = await tx.insert(routingPlans).values({ tenantId, name: data.name, status: data.status, marginFloorMicro: data.marginFloor, description: data.description }).returning();
      await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: row!.id, action: 'create', after: row, tenantId });
      await publishEvent(tx, ctx, 'route.plan.created', { routingPlanId: row!.id, name: row!.name, status: row!.status }, { tenantId });
      return routingPlanView(row!);
    }),
  );
}
