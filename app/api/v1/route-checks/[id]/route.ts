import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getRouteCheck, routeCheckResponse } from '@/lib/routing';

export const GET = route(
  { key: 'v1.route_checks.get', permission: 'class4.read', portal: 'admin', params: pathParams('id'), response: routeCheckResponse, operation: { id: 'getRouteCheck', summary: 'A route table check: status, progress and counts', tag: 'Routing' } },
  async ({ ctx, params }) => NextResponse.json(await getRouteCheck({ ctx, input: { id: params.id } })),
);
