import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deletedResponse, deleteRouteGroup, routeGroupResponse, updateRouteGroup, updateRouteGroupSchema } from '@/lib/routing';

const params = pathParams('id');
const tag = 'Routing';

export const PATCH = route(
  {
    key: 'v1.route_groups.update',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: updateRouteGroupSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: routeGroupResponse,
    operation: { id: 'updateRouteGroup', summary: 'Rename a route group or replace its supplier list', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateRouteGroup({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.route_groups.delete', permission: 'class4.write', portal: 'admin', params, response: deletedResponse, operation: { id: 'deleteRouteGroup', summary: 'Delete a route group no entry uses', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteRouteGroup({ ctx, input: { id: params.id } })),
);
