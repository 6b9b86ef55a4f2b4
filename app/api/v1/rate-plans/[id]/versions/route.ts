import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { createDraftSchema, createDraftVersion, ratePlanVersionResponse } from '@/lib/rates';

const params = pathParams('id');

export const POST = route(
  {
    key: 'v1.rate_plans.versions.create',
    permission: 'rates.write',
    portal: 'admin',
    params,
    body: createDraftSchema,
    bodyFromPath: ({ id }) => ({ planId: id }),
    response: ratePlanVersionResponse,
    operation: { id: 'createRatePlanDraft', summary: 'Open the plan’s draft version, a copy of the published version’s rows (one draft per plan)', tag: 'Rates' },
  },
  async ({ ctx, body }) => NextResponse.json(await createDraftVersion({ ctx, input: body }), { status: 201 }),
);
