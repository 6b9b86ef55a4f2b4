import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { addRateRows, addRowsSchema, listRateRows, rateRowListQuery, rateRowPageResponse, rateRowsResponse } from '@/lib/rates';

const params = pathParams('id');
const tag = 'Rates';

export const GET = route(
  { key: 'v1.rate_plan_versions.rows.list', permission: 'rates.read', portal: 'admin', params, query: rateRowListQuery, response: rateRowPageResponse, operation: { id: 'listRateRows', summary: 'Rows of a version: typeahead by prefix (digits) or destination name, keyset pages (max 100)', tag } },
  async ({ req, ctx, params }) => NextResponse.json(await listRateRows({ ctx, input: { versionId: params.id, query: req.nextUrl.searchParams } })),
);

export const POST = route(
  {
    key: 'v1.rate_plan_versions.rows.add',
    permission: 'rates.write',
    portal: 'admin',
    params,
    body: addRowsSchema,
    bodyFromPath: ({ id }) => ({ versionId: id }),
    response: rateRowsResponse,
    operation: { id: 'addRateRows', summary: 'Add up to 1000 rows to a draft (rates as decimal strings)', tag },
  },
  async ({ ctx, body }) => NextResponse.json({ items: await addRateRows({ ctx, input: body }) }, { status: 201 }),
);
