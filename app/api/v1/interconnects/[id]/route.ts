import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deleteInterconnect, deletedResponse, getInterconnect, interconnectResponse, updateInterconnect, updateInterconnectSchema } from '@/lib/class4';

const params = pathParams('id');
const tag = 'Class 4';

export const GET = route(
  { key: 'v1.interconnects.get', permission: 'class4.read', params, response: interconnectResponse, operation: { id: 'getInterconnect', summary: 'Get an interconnect', tag } },
  async ({ ctx, params }) => NextResponse.json(await getInterconnect({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.interconnects.update',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: updateInterconnectSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: interconnectResponse,
    operation: { id: 'updateInterconnect', summary: 'Change an interconnect (any subset of its fields)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateInterconnect({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.interconnects.delete', permission: 'class4.write', portal: 'admin', params, response: deletedResponse, operation: { id: 'deleteInterconnect', summary: 'Delete an interconnect and its services', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteInterconnect({ ctx, input: { id: params.id } })),
);
