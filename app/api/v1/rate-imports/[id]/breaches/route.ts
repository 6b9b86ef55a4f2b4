import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { breachListQuery, listRateImportBreaches, rateImportBreachPageResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  {
    key: 'v1.rate_imports.breaches',
    permission: 'rates.read',
    portal: 'admin',
    params,
    query: breachListQuery,
    response: rateImportBreachPageResponse,
    operation: { id: 'listRateImportBreaches', summary: 'The supplier import rule breaches of an import (row, prefix, rule, action taken, why), keyset pages (max 100), filter by action', tag: 'Rates' },
  },
  async ({ req, ctx, params }) => NextResponse.json(await listRateImportBreaches({ ctx, input: { id: params.id, query: req.nextUrl.searchParams } })),
);
