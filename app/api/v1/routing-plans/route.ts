import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createRoutingPlan, createRoutingPlanSchema, listRoutingPlans, routingPlanListQuery, routingPlanPageResponse, routingPlanResponse } from '@/lib/routing';

const tag = 'Routing';

export const GET = route(
  { key: 'v1.routing_plans.list', permission: 'class4.read', portal: 'admin', query: routingPlanListQuery, response: routingPlanPageResponse, operation: { id: 'listRoutingPlans', summary: 'List routing plans (keyset pages; search by name, filter by status or brand)', tag } },
  async ({ req, ctx }) => NextResponse.json(await listRoutingPlans({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.routing_plans.create', permission: 'class4.write', portal: 'admin', body: createRoutingPlanSchema, response: routingPlanResponse, operation: { id: 'createRoutingPlan', summary: 'Create a routing plan (draft by default) with its margin floor per minute', tag } },
  async ({ ctx, body }) => NextResponse.json(await createRoutingPlan({ ctx, input: body }), { status: 201 }),
);
