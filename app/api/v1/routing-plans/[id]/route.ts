import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deletedResponse, deleteRoutingPlan, getRoutingPlan, routingPlanDetailResponse, routingPlanResponse, updateRoutingPlan, updateRoutingPlanSchema } from '@/lib/routing';

const params = pathParams('id');
const tag = 'Routing';

export const GET = route(
  { key: 'v1.routing_plans.get', permission: 'class4.read', portal: 'admin', params, response: routingPlanDetailResponse, operation: { id: 'getRoutingPlan', summary: 'Get a routing plan with its counts and latest route table check', tag } },
  async ({ ctx, params }) => NextResponse.json(await getRoutingPlan({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.routing_plans.update',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: updateRoutingPlanSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: routingPlanResponse,
    operation: { id: 'updateRoutingPlan', summary: 'Change a routing plan (name, draft/active, margin floor, description)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateRoutingPlan({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.routing_plans.delete', permission: 'class4.write', portal: 'admin', params, response: deletedResponse, operation: { id: 'deleteRoutingPlan', summary: 'Delete a routing plan with its entries, groups and checks', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteRoutingPlan({ ctx, input: { id: params.id } })),
);
