import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deleteService, deletedResponse, getService, serviceResponse, updateService, updateServiceSchema } from '@/lib/class4';

const params = pathParams('id');
const tag = 'Class 4';

export const GET = route(
  { key: 'v1.carrier_services.get', permission: 'class4.read', params, response: serviceResponse, operation: { id: 'getCarrierService', summary: 'Get a service', tag } },
  async ({ ctx, params }) => NextResponse.json(await getService({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.carrier_services.update',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: updateServiceSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: serviceResponse,
    operation: { id: 'updateCarrierService', summary: 'Change a service (any subset of its fields)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateService({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.carrier_services.delete', permission: 'class4.write', portal: 'admin', params, response: deletedResponse, operation: { id: 'deleteCarrierService', summary: 'Delete a service', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteService({ ctx, input: { id: params.id } })),
);
