import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { customerAccountUserResponse, inviteCustomerAccountUser, inviteCustomerAccountUserSchema, listCustomerAccountUsers } from '@/lib/customers';

const params = pathParams('id');
const tag = 'Customer accounts';

export const GET = route(
  {
    key: 'v1.customer_accounts.users.list',
    permission: 'customers.read',
    params,
    response: z.object({ items: z.array(customerAccountUserResponse), pageInfo: z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number() }) }),
    operation: { id: 'listCustomerAccountUsers', summary: 'List the users of a customer account', tag },
  },
  async ({ req, ctx, params }) => NextResponse.json(await listCustomerAccountUsers({ ctx, input: { accountId: params.id, query: req.nextUrl.searchParams } })),
);

export const POST = route(
  {
    key: 'v1.customer_accounts.users.invite',
    permission: 'customers.read',
    params,
    body: inviteCustomerAccountUserSchema,
    bodyFromPath: ({ id }) => ({ accountId: id }),
    response: z.object({ user: customerAccountUserResponse.omit({ invitationPending: true }), invitationSent: z.boolean() }),
    operation: { id: 'inviteCustomerAccountUser', summary: 'Invite a person into a customer account (customer admin or customer user)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await inviteCustomerAccountUser({ ctx, input: body }), { status: 201 }),
);
