import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listAlerts } from '@/lib/monitoring/services/list-alerts';

export const GET = route({ key: 'admin.system.alerts.list', permission: 'system.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listAlerts({ ctx, input: req.nextUrl.searchParams })),
);
