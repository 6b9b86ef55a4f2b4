import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { retrySyncItem, syncItemResponse } from '@/lib/sync';

export const POST = route(
  {
    key: 'v1.sync_items.retry',
    permission: 'class4.write',
    portal: 'admin',
    params: pathParams('id'),
    response: syncItemResponse,
    operation: { id: 'retrySyncItem', summary: 'Push the record to ConnexCS again now (its current state)', tag: 'Sync' },
  },
  async ({ ctx, params }) => NextResponse.json(await retrySyncItem({ ctx, input: { id: params.id } })),
);
