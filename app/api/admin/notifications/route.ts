import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listNotifications } from '@/lib/monitoring/services/list-notifications';

export const dynamic = 'force-dynamic';

/** The header bell: GET ?limit=20&unreadOnly=true */
export const GET = route({ key: 'admin.notifications.list', permission: 'system.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listNotifications({ ctx, input: { limit: req.nextUrl.searchParams.get('limit'), unreadOnly: req.nextUrl.searchParams.get('unreadOnly') } })),
);
