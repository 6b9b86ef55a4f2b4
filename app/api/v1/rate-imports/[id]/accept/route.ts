import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { acceptRateImportErrors, rateImportResponse } from '@/lib/rates';

const params = pathParams('id');

export const POST = route(
  { key: 'v1.rate_imports.accept', permission: 'rates.write', portal: 'admin', params, response: rateImportResponse, operation: { id: 'acceptRateImportErrors', summary: 'Accept the error report: the rejected rows stay out and publishing is allowed', tag: 'Rates' } },
  async ({ ctx, params }) => NextResponse.json(await acceptRateImportErrors({ ctx, input: { id: params.id } })),
);
