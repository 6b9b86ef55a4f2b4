import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { customerAccountResponse, getCustomerAccount, updateCustomerAccount, updateCustomerAccountSchema } from '@/lib/customers';

const params = pathParams('id');
const tag = 'Customer accounts';

export const GET = route(
  { key: 'v1.customer_accounts.get', permission: 'customers.read', params, response: customerAccountResponse, operation: { id: 'getCustomerAccount', summary: 'Get a customer account', tag } },
  async ({ ctx, params }) => NextResponse.json(await getCustomerAccount({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.customer_accounts.update',
    permission: 'customers.write',
    params,
    body: updateCustomerAccountSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: customerAccountResponse,
    operation: { id: 'updateCustomerAccount', summary: 'Change a customer account’s details', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateCustomerAccount({ ctx, input: body })),
);
