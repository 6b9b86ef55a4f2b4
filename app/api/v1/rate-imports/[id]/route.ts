import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getRateImport, rateImportResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.rate_imports.get', permission: 'rates.read', portal: 'admin', params, response: rateImportResponse, operation: { id: 'getRateImport', summary: 'A deck import: status, progress, counts, change set summary and its largest changes in %', tag: 'Rates' } },
  async ({ ctx, params }) => NextResponse.json(await getRateImport({ ctx, input: { id: params.id } })),
);
