import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listSyncItems, syncItemListQuery, syncItemPageResponse } from '@/lib/sync';

export const GET = route(
  {
    key: 'v1.sync_items.list',
    permission: 'class4.read',
    portal: 'admin',
    query: syncItemListQuery,
    response: syncItemPageResponse,
    operation: { id: 'listSyncItems', summary: 'List ConnexCS sync items (each record’s push state: status, attempts, last error), newest change first', tag: 'Sync' },
  },
  async ({ req, ctx }) => NextResponse.json(await listSyncItems({ ctx, input: req.nextUrl.searchParams })),
);
