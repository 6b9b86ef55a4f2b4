import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deletedResponse, deleteRouteEntry } from '@/lib/routing';

export const DELETE = route(
  { key: 'v1.route_entries.delete', permission: 'class4.write', portal: 'admin', params: pathParams('id'), response: deletedResponse, operation: { id: 'deleteRouteEntry', summary: 'Delete a route entry (its own supplier list goes with it)', tag: 'Routing' } },
  async ({ ctx, params }) => NextResponse.json(await deleteRouteEntry({ ctx, input: { id: params.id } })),
);
