import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { customerAccountResponse, setCustomerAccountStatus, setCustomerAccountStatusSchema } from '@/lib/customers';

export const POST = route(
  {
    key: 'v1.customer_accounts.status',
    permission: 'customers.write',
    params: pathParams('id'),
    body: setCustomerAccountStatusSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: customerAccountResponse,
    operation: { id: 'setCustomerAccountStatus', summary: 'Suspend, close or reactivate a customer account, with a reason', tag: 'Customer accounts' },
  },
  async ({ ctx, body }) => NextResponse.json(await setCustomerAccountStatus({ ctx, input: body })),
);
