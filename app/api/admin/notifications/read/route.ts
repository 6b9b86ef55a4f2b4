import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { markNotificationsRead, markNotificationsReadSchema } from '@/lib/monitoring/services/mark-notifications-read';

/** POST { ids: [...] } or { all: true } */
export const POST = route({ key: 'admin.notifications.read', permission: 'system.read', portal: 'admin', body: markNotificationsReadSchema }, async ({ ctx, body }) =>
  NextResponse.json(await markNotificationsRead({ ctx, input: body })),
);
