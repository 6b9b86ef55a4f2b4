import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { routingPlans } from '@/db/schema';
import { routingPlanStatuses } from '@/db/schema/routing-values';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { routingScope } from '../access';
import { routingPlanView } from '../views';

export const routingPlanListSpec = defineListSpec<'name' | 'createdAt', 'status' | 'tenant'>({
  sortable: { name: routingPlans.name, createdAt: routingPlans.createdAt },
  defaultSort: 'name',
  filters: {
    status: { column: routingPlans.status, values: routingPlanStatuses },
    tenant: { column: routingPlans.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
  },
  searchColumns: [routingPlans.name],
});

/** Routing plans by name (keyset), every brand's (platform staff), with their entry counts. */
export async function listRoutingPlans({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await routingScope(ctx, 'class4.read');
  const query = parseListQuery(input, routingPlanListSpec);
  const page = await scope.run((tx) =>
    paginate(query, { id: routingPlans.id }, (k) =>
      tx
        .select({ row: routingPlans, entries: sql<number>`(select count(*)::int from route_entries e where e.plan_id = routing_plans.id)`, ...k.select })
        .from(routingPlans)
        .where(k.where)
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { ...page, items: page.items.map((i) => ({ ...routingPlanView(i.row), entryCount: i.entries })) };
}
