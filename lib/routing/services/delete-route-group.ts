import { asc, eq } from 'drizzle-orm';
import { routeEntries, routeGroups } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { RoutingRuleError, withRoutingErrors } from '../constraints';
import { idInputSchema } from '../schemas';
import { loadRouteGroup } from './load';

/** Deletes a group no entry uses (the entries naming it are changed first). */
export async function deleteRouteGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await routingScope(ctx, 'class4.write');
  const { id } = parseInput(idInputSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRouteGroup(tx, id, true);
      const [user] = await tx.select({ prefix: routeEntries.prefix }).from(routeEntries).where(eq(routeEntries.groupId, id)).orderBy(asc(routeEntries.prefix)).limit(1);
      if (user) throw new RoutingRuleError('route_entries_group_fk', `group ${before.name} is used by the entry for prefix ${user.prefix}`);
      await tx.delete(routeGroups).where(eq(routeGroups.id, id));
      await recordAudit(tx, ctx, { entity: 'route_group', entityId: id, action: 'delete', before, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'route.group.updated', { routingPlanId: before.planId, routeGroupId: id, name: before.name, action: 'deleted' }, { tenantId: before.tenantId });
      return { id };
    }),
  );
}
