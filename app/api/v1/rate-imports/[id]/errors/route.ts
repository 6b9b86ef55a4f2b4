import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { listQuery, listRateImportErrors, rateImportErrorPageResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.rate_imports.errors', permission: 'rates.read', portal: 'admin', params, query: listQuery, response: rateImportErrorPageResponse, operation: { id: 'listRateImportErrors', summary: 'The row-level error report (row, field, value, reason), keyset pages (max 100)', tag: 'Rates' } },
  async ({ req, ctx, params }) => NextResponse.json(await listRateImportErrors({ ctx, input: { id: params.id, query: req.nextUrl.searchParams } })),
);
