import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { pullNowResponse, startSyncPull } from '@/lib/sync';

export const POST = route(
  {
    key: 'v1.sync_runs.start',
    permission: 'class4.write',
    portal: 'admin',
    response: pullNowResponse,
    operation: { id: 'startSyncPull', summary: 'Pull from ConnexCS now (besides the schedule, every 15 minutes); at most one queued per minute', tag: 'Sync', status: 202 },
  },
  async ({ ctx }) => NextResponse.json(await startSyncPull({ ctx }), { status: 202 }),
);
