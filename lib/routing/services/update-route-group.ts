import { count, eq } from 'drizzle-orm';
import { routeEntries, routeGroups, routeSuppliers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { supplierLists } from '../evaluate';
import { updateRouteGroupSchema } from '../schemas';
import { routeGroupView, supplierView, type RouteGroupView } from '../views';
import { loadRouteGroup } from './load';
import { assertSuppliers, insertSuppliers } from './suppliers';

/** Renames a group or replaces its supplier list (every entry using it routes by the new list). */
export async function updateRouteGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateRouteGroupSchema> }): Promise<RouteGroupView> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(updateRouteGroupSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRouteGroup(tx, data.id, true);
      const beforeList = await supplierLists(tx, { entryIds: [], groupIds: [before.id] });
      const [row] = await tx.update(routeGroups).set({ name: data.name ?? before.name }).where(eq(routeGroups.id, before.id)).returning();
      if (data.suppliers) {
        await assertSuppliers(tx, before.tenantId, data.suppliers, 'suppliers');
        await tx.delete(routeSuppliers).where(eq(routeSuppliers.groupId, before.id));
        await insertSuppliers(tx, before.tenantId, { groupId: before.id }, data.suppliers);
      }
      await recordAudit(tx, ctx, {
        entity: 'route_group',
        entityId: before.id,
        action: 'update',
        before: { ...before, suppliers: (beforeList.get(before.id) ?? []).map(supplierView) },
        after: { ...row, ...(data.suppliers ? { suppliers: data.suppliers } : {}) },
        tenantId: before.tenantId,
      });
      await publishEvent(tx, ctx, 'route.group.updated', { routingPlanId: before.planId, routeGroupId: before.id, name: row!.name, action: 'updated' }, { tenantId: before.tenantId });
      const lists = await supplierLists(tx, { entryIds: [], groupIds: [before.id] });
      const [used] = await tx.select({ n: count() }).from(routeEntries).where(eq(routeEntries.groupId, before.id));
      return routeGroupView(row!, (lists.get(before.id) ?? []).map(supplierView), used?.n ?? 0);
    }),
  );
}
