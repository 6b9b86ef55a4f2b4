import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { publishRateImport, rateImportResponse } from '@/lib/rates';

const params = pathParams('id');

export const POST = route(
  { key: 'v1.rate_imports.publish', permission: 'rates.write', portal: 'admin', params, response: rateImportResponse, operation: { id: 'publishRateImport', summary: 'Publish the import draft atomically (refused while errors are not accepted or the live version moved)', tag: 'Rates' } },
  async ({ ctx, params }) => NextResponse.json(await publishRateImport({ ctx, input: { id: params.id } })),
);
