import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { routeCheckResponse, startRouteCheck, startRouteCheckSchema } from '@/lib/routing';

const params = pathParams('id');

export const POST = route(
  {
    key: 'v1.routing_plans.checks.start',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: startRouteCheckSchema,
    bodyFromPath: ({ id }) => ({ planId: id }),
    response: routeCheckResponse,
    operation: { id: 'startRouteCheck', summary: 'Start the route table check of a draft plan against a customer rate plan (a job with progress)', tag: 'Routing' },
  },
  async ({ ctx, body }) => NextResponse.json(await startRouteCheck({ ctx, input: body }), { status: 202 }),
);
