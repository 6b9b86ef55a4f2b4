import { NextResponse } from 'next/server';
import { movePreviewResponse } from '@/lib/assignments/contracts';
import { moveSchema } from '@/lib/assignments/schemas';
import { previewCustomerMove } from '@/lib/assignments/services/move-customer';
import { pathParams, route } from '@/lib/http/route';

export const POST = route(
  {
    key: 'v1.customer_accounts.move_preview',
    permission: 'customers.write',
    params: pathParams('id'),
    body: moveSchema,
    bodyFromPath: ({ id }) => ({ accountId: id }),
    response: movePreviewResponse,
    operation: { id: 'previewCustomerMove', summary: 'What moving a customer account to another category or group would change (nothing is written)', tag: 'Assignments' },
  },
  async ({ ctx, body }) => NextResponse.json(await previewCustomerMove({ ctx, input: body })),
);
