import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listSyncRuns, syncRunListQuery, syncRunPageResponse } from '@/lib/sync';

export const GET = route(
  {
    key: 'v1.sync_runs.list',
    permission: 'class4.read',
    portal: 'admin',
    query: syncRunListQuery,
    response: syncRunPageResponse,
    operation: { id: 'listSyncRuns', summary: 'List pulls from ConnexCS (what each compared, the conflicts and failures it found), newest first', tag: 'Sync' },
  },
  async ({ req, ctx }) => NextResponse.json(await listSyncRuns({ ctx, input: req.nextUrl.searchParams })),
);
