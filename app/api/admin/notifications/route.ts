import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { listNotifications } from '@/lib/monitoring/services/list-notifications';

export const dynamic = 'force-dynamic';

/** The header bell: GET ?limit=20&unreadOnly=true (the service checks the values). */
export const GET = route(
  { key: 'admin.notifications.list', permission: 'system.read', portal: 'admin', query: z.object({ limit: z.string().optional(), unreadOnly: z.string().optional() }) },
  async ({ ctx, query }) => NextResponse.json(await listNotifications({ ctx, input: query })),
);
