import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { carrierDetailResponse, carrierResponse, deleteCarrier, deletedResponse, getCarrier, updateCarrier, updateCarrierSchema } from '@/lib/class4';

const params = pathParams('id');
const tag = 'Class 4';

export const GET = route(
  { key: 'v1.carriers.get', permission: 'class4.read', params, response: carrierDetailResponse, operation: { id: 'getCarrier', summary: 'Get a carrier with contacts, balances and net exposure', tag } },
  async ({ ctx, params }) => NextResponse.json(await getCarrier({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.carriers.update',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: updateCarrierSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: carrierResponse,
    operation: { id: 'updateCarrier', summary: 'Change a carrier (a used currency is never removed; contacts, when given, replace the list)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateCarrier({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.carriers.delete', permission: 'class4.write', portal: 'admin', params, response: deletedResponse, operation: { id: 'deleteCarrier', summary: 'Delete a carrier without interconnects', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteCarrier({ ctx, input: { id: params.id } })),
);
