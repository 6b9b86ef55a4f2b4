import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createCustomerAccount, createCustomerAccountSchema, customerAccountListQuery, customerAccountPageResponse, customerAccountResponse, listCustomerAccounts } from '@/lib/customers';

const tag = 'Customer accounts';

export const GET = route(
  {
    key: 'v1.customer_accounts.list',
    permission: 'customers.read',
    query: customerAccountListQuery,
    response: customerAccountPageResponse,
    operation: { id: 'listCustomerAccounts', summary: 'List customer accounts (keyset pages; search by company, email, account number or id prefix)', tag },
  },
  async ({ req, ctx }) => NextResponse.json(await listCustomerAccounts({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  {
    key: 'v1.customer_accounts.create',
    permission: 'customers.write',
    body: createCustomerAccountSchema,
    response: customerAccountResponse,
    operation: { id: 'createCustomerAccount', summary: 'Create a customer account', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await createCustomerAccount({ ctx, input: body }), { status: 201 }),
);
