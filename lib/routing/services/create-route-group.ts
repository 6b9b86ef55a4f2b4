import { routeGroups } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { supplierLists } from '../evaluate';
import { createRouteGroupSchema } from '../schemas';
import { routeGroupView, supplierView, type RouteGroupView } from '../views';
import { loadRoutingPlan } from './load';
import { assertSuppliers, insertSuppliers } from './suppliers';

/** Creates a named supplier list in a plan, for its entries to use. */
export async function createRouteGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createRouteGroupSchema> }): Promise<RouteGroupView> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(createRouteGroupSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const plan = await loadRoutingPlan(tx, data.planId, true);
      await assertSuppliers(tx, plan.tenantId, data.suppliers, 'suppliers');
      const [row] = await tx.insert(routeGroups).values({ tenantId: plan.tenantId, planId: plan.id, name: data.name }).returning();
      await insertSuppliers(tx, plan.tenantId, { groupId: row!.id }, data.suppliers);
      await recordAudit(tx, ctx, { entity: 'route_group', entityId: row!.id, action: 'create', after: { ...row, suppliers: data.suppliers }, tenantId: plan.tenantId });
      await publishEvent(tx, ctx, 'route.group.updated', { routingPlanId: plan.id, routeGroupId: row!.id, name: row!.name, action: 'created' }, { tenantId: plan.tenantId });
      const lists = await supplierLists(tx, { entryIds: [], groupIds: [row!.id] });
      return routeGroupView(row!, (lists.get(row!.id) ?? []).map(supplierView), 0);
    }),
  );
}
