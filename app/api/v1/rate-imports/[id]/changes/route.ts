import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { listQuery, listRateImportChanges, rateImportChangePageResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.rate_imports.changes', permission: 'rates.read', portal: 'admin', params, query: listQuery, response: rateImportChangePageResponse, operation: { id: 'listRateImportChanges', summary: 'Every change of the change set (kind=new|removed|increased|decreased, q = prefix), keyset pages (max 100)', tag: 'Rates' } },
  async ({ req, ctx, params }) => NextResponse.json(await listRateImportChanges({ ctx, input: { id: params.id, query: req.nextUrl.searchParams } })),
);
