import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { createCustomerGroup, createCustomerGroupSchema, customerGroupResponse, listCustomerGroups } from '@/lib/customers';

const tag = 'Customer hierarchy';

export const GET = route(
  {
    key: 'v1.customer_groups.list',
    permission: 'customers.read',
    query: z.object({ category: z.uuid().optional(), q: z.string().optional(), sort: z.string().optional(), cursor: z.string().optional(), limit: z.string().optional() }),
    response: z.object({ items: z.array(customerGroupResponse.extend({ categoryName: z.string() })), pageInfo: z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number() }) }),
    operation: { id: 'listCustomerGroups', summary: 'List customer groups (filter by category)', tag },
  },
  async ({ req, ctx }) => NextResponse.json(await listCustomerGroups({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.customer_groups.create', permission: 'customers.write', body: createCustomerGroupSchema, response: customerGroupResponse, operation: { id: 'createCustomerGroup', summary: 'Create a customer group inside a category (platform staff)', tag } },
  async ({ ctx, body }) => NextResponse.json(await createCustomerGroup({ ctx, input: body }), { status: 201 }),
);
