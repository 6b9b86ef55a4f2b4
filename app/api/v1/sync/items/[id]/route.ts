import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getSyncItem, syncItemResponse } from '@/lib/sync';

export const GET = route(
  {
    key: 'v1.sync_items.get',
    permission: 'class4.read',
    portal: 'admin',
    params: pathParams('id'),
    response: syncItemResponse,
    operation: { id: 'getSyncItem', summary: 'Get one ConnexCS sync item (what was sent, the last error)', tag: 'Sync' },
  },
  async ({ ctx, params }) => NextResponse.json(await getSyncItem({ ctx, input: { id: params.id } })),
);
