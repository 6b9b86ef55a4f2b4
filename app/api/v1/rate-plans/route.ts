import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createRatePlan, createRatePlanSchema, listRatePlans, ratePlanListQuery, ratePlanPageResponse, ratePlanResponse } from '@/lib/rates';

const tag = 'Rates';

export const GET = route(
  { key: 'v1.rate_plans.list', permission: 'rates.read', portal: 'admin', query: ratePlanListQuery, response: ratePlanPageResponse, operation: { id: 'listRatePlans', summary: 'List rate plans (keyset pages; filter by kind, currency, brand)', tag } },
  async ({ req, ctx }) => NextResponse.json(await listRatePlans({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.rate_plans.create', permission: 'rates.write', portal: 'admin', body: createRatePlanSchema, response: ratePlanResponse, operation: { id: 'createRatePlan', summary: 'Create a sell (customer) or buy (supplier) rate plan', tag } },
  async ({ ctx, body }) => NextResponse.json(await createRatePlan({ ctx, input: body }), { status: 201 }),
);
