import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getRatePlanVersion, ratePlanVersionResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.rate_plan_versions.get', permission: 'rates.read', portal: 'admin', params, response: ratePlanVersionResponse, operation: { id: 'getRatePlanVersion', summary: 'Get a rate plan version with its row count', tag: 'Rates' } },
  async ({ ctx, params }) => NextResponse.json(await getRatePlanVersion({ ctx, input: { id: params.id } })),
);
