import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { routeNumber, routeNumberQuery, routeNumberResponse } from '@/lib/routing';

const params = pathParams('id');

export const GET = route(
  {
    key: 'v1.routing_plans.route',
    permission: 'class4.read',
    portal: 'admin',
    params,
    query: routeNumberQuery,
    response: routeNumberResponse,
    operation: { id: 'routeNumber', summary: 'Route a number: matched prefix, candidate suppliers in order with buy rates and margins, and why each skipped one was skipped', tag: 'Routing' },
  },
  async ({ req, ctx, params }) => {
    const q = req.nextUrl.searchParams;
    const optional = (name: string) => (q.get(name) ? { [name]: q.get(name)! } : {});
    return NextResponse.json(await routeNumber({ ctx, input: { routingPlanId: params.id, number: q.get('number') ?? '', ...optional('at'), ...optional('customerRatePlanId'), ...optional('customerAccountId') } as never }));
  },
);
