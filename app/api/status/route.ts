import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getPlatformStatus } from '@/lib/monitoring/services/get-platform-status';

export const dynamic = 'force-dynamic';

/** The platform's overall level for every portal's header (staff read the full System Status instead). */
export const GET = route({ key: 'status.get', permission: 'public' }, async () =>
  NextResponse.json(await getPlatformStatus(), { headers: { 'cache-control': 'no-store' } }),
);
