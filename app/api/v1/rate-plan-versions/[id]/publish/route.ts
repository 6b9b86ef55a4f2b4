import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { publishRatePlanVersion, ratePlanVersionResponse } from '@/lib/rates';

const params = pathParams('id');

export const POST = route(
  { key: 'v1.rate_plan_versions.publish', permission: 'rates.write', portal: 'admin', params, response: ratePlanVersionResponse, operation: { id: 'publishRatePlanVersion', summary: 'Publish a draft (atomically supersedes the published version; immutable from then on)', tag: 'Rates' } },
  async ({ ctx, params }) => NextResponse.json(await publishRatePlanVersion({ ctx, input: { id: params.id } })),
);
