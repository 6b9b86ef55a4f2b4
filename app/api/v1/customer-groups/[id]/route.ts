import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { customerGroupResponse, deleteCustomerGroup, updateCustomerGroup, updateCustomerGroupSchema } from '@/lib/customers';

const params = pathParams('id');
const tag = 'Customer hierarchy';

export const PATCH = route(
  {
    key: 'v1.customer_groups.update',
    permission: 'customers.write',
    params,
    body: updateCustomerGroupSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: customerGroupResponse,
    operation: { id: 'updateCustomerGroup', summary: 'Rename or describe a customer group (platform staff)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateCustomerGroup({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.customer_groups.delete', permission: 'customers.write', params, response: z.object({ id: z.uuid() }), operation: { id: 'deleteCustomerGroup', summary: 'Delete an empty customer group (platform staff)', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteCustomerGroup({ ctx, input: { id: params.id } })),
);
