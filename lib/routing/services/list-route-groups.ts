import { and, eq, sql } from 'drizzle-orm';
import { routeGroups } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { routingScope } from '../access';
import { supplierLists } from '../evaluate';
import { routeGroupView, supplierView } from '../views';
import { loadRoutingPlan } from './load';

export const routeGroupListSpec = defineListSpec<'name'>({
  sortable: { name: routeGroups.name },
  defaultSort: 'name',
  searchColumns: [routeGroups.name],
  maxLimit: 100,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route groups of a plan by name (keyset), with their supplier lists and how many entries use each. */
export async function listRouteGroups({ ctx, input }: { ctx: Ctx; input: { planId: string; query: URLSearchParams } }) {
  const scope = await routingScope(ctx, 'class4.read');
  if (!UUID.test(input.planId)) throw new ValidationError([{ path: 'planId', message: 'must be a routing plan id' }]);
  const query = parseListQuery(input.query, routeGroupListSpec);
  return scope.run(async (tx) => {
    await loadRoutingPlan(tx, input.planId);
    const page = await paginate(query, { id: routeGroups.id }, (k) =>
      tx
        .select({ row: routeGroups, entries: sql<number>`(select count(*)::int from route_entries e where e.group_id = route_groups.id)`, ...k.select })
        .from(routeGroups)
        .where(and(eq(routeGroups.planId, input.planId), k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
    const lists = await supplierLists(tx, { entryIds: [], groupIds: page.items.map((i) => i.row.id) });
    return { ...page, items: page.items.map((i) => routeGroupView(i.row, (lists.get(i.row.id) ?? []).map(supplierView), i.entries)) };
  });
}
