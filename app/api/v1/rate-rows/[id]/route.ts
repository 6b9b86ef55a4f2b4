import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deleteRateRows, deletedRowsResponse, rateRowResponse, updateRateRow, updateRowSchema } from '@/lib/rates';

const params = pathParams('id');
const tag = 'Rates';

export const PATCH = route(
  { key: 'v1.rate_rows.update', permission: 'rates.write', portal: 'admin', params, body: updateRowSchema, bodyFromPath: ({ id }) => ({ id }), response: rateRowResponse, operation: { id: 'updateRateRow', summary: 'Change a row of a draft', tag } },
  async ({ ctx, body }) => NextResponse.json(await updateRateRow({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.rate_rows.delete', permission: 'rates.write', portal: 'admin', params, response: deletedRowsResponse, operation: { id: 'deleteRateRow', summary: 'Delete a row of a draft', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteRateRows({ ctx, input: { ids: [params.id] } })),
);
