import { NextResponse } from 'next/server';
import { movePreviewResponse } from '@/lib/assignments/contracts';
import { moveSchema } from '@/lib/assignments/schemas';
import { moveCustomer } from '@/lib/assignments/services/move-customer';
import { pathParams, route } from '@/lib/http/route';

export const POST = route(
  {
    key: 'v1.customer_accounts.move',
    permission: 'customers.write',
    params: pathParams('id'),
    body: moveSchema,
    bodyFromPath: ({ id }) => ({ accountId: id }),
    response: movePreviewResponse,
    operation: { id: 'moveCustomerAccount', summary: 'Move a customer account to another category or group (audited with what changed)', tag: 'Assignments' },
  },
  async ({ ctx, body }) => NextResponse.json(await moveCustomer({ ctx, input: body })),
);
