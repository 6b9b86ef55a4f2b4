import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { createRouteGroup, createRouteGroupSchema, listRouteGroups, routeGroupListQuery, routeGroupPageResponse, routeGroupResponse } from '@/lib/routing';

const params = pathParams('id');
const tag = 'Routing';

export const GET = route(
  { key: 'v1.routing_plans.groups.list', permission: 'class4.read', portal: 'admin', params, query: routeGroupListQuery, response: routeGroupPageResponse, operation: { id: 'listRouteGroups', summary: 'Route groups of a routing plan (keyset pages) with their suppliers and use counts', tag } },
  async ({ req, ctx, params }) => NextResponse.json(await listRouteGroups({ ctx, input: { planId: params.id, query: req.nextUrl.searchParams } })),
);

export const POST = route(
  {
    key: 'v1.routing_plans.groups.create',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: createRouteGroupSchema,
    bodyFromPath: ({ id }) => ({ planId: id }),
    response: routeGroupResponse,
    operation: { id: 'createRouteGroup', summary: 'Create a route group: a named supplier list the plan’s entries can use', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await createRouteGroup({ ctx, input: body }), { status: 201 }),
);
