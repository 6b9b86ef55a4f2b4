import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { customerCategoryResponse, deleteCustomerCategory, getCustomerCategory, updateCustomerCategory, updateCustomerCategorySchema } from '@/lib/customers';

const params = pathParams('id');
const tag = 'Customer hierarchy';

export const GET = route(
  { key: 'v1.customer_categories.get', permission: 'customers.read', params, response: customerCategoryResponse, operation: { id: 'getCustomerCategory', summary: 'Get a customer category', tag } },
  async ({ ctx, params }) => NextResponse.json(await getCustomerCategory({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.customer_categories.update',
    permission: 'customers.write',
    params,
    body: updateCustomerCategorySchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: customerCategoryResponse,
    operation: { id: 'updateCustomerCategory', summary: 'Change a customer category (platform staff)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateCustomerCategory({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.customer_categories.delete', permission: 'customers.write', params, response: z.object({ id: z.uuid() }), operation: { id: 'deleteCustomerCategory', summary: 'Delete an empty customer category (platform staff)', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteCustomerCategory({ ctx, input: { id: params.id } })),
);
