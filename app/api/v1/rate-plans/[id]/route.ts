import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getRatePlan, ratePlanDetailResponse, ratePlanResponse, updateRatePlan, updateRatePlanSchema } from '@/lib/rates';

const params = pathParams('id');
const tag = 'Rates';

export const GET = route(
  { key: 'v1.rate_plans.get', permission: 'rates.read', portal: 'admin', params, response: ratePlanDetailResponse, operation: { id: 'getRatePlan', summary: 'Get a rate plan with its versions (newest first)', tag } },
  async ({ ctx, params }) => NextResponse.json(await getRatePlan({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.rate_plans.update',
    permission: 'rates.write',
    portal: 'admin',
    params,
    body: updateRatePlanSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: ratePlanResponse,
    operation: { id: 'updateRatePlan', summary: 'Change a rate plan (its currency only while no version was published)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateRatePlan({ ctx, input: body })),
);
