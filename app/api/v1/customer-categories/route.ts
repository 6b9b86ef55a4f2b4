import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { createCustomerCategory, createCustomerCategorySchema, customerCategoryResponse, listCustomerCategories } from '@/lib/customers';

const tag = 'Customer hierarchy';

export const GET = route(
  { key: 'v1.customer_categories.list', permission: 'customers.read', response: z.object({ items: z.array(customerCategoryResponse) }), operation: { id: 'listCustomerCategories', summary: 'List customer categories', tag } },
  async ({ ctx }) => NextResponse.json(await listCustomerCategories({ ctx })),
);

export const POST = route(
  { key: 'v1.customer_categories.create', permission: 'customers.write', body: createCustomerCategorySchema, response: customerCategoryResponse, operation: { id: 'createCustomerCategory', summary: 'Create a customer category (platform staff)', tag } },
  async ({ ctx, body }) => NextResponse.json(await createCustomerCategory({ ctx, input: body }), { status: 201 }),
);
