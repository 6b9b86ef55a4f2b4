import { NextResponse } from 'next/server';
import { z } from 'zod';
import { readJson, route } from '@/lib/http/route';
import { markNotificationsRead } from '@/lib/monitoring/services/mark-notifications-read';

/** POST { ids: [...] } or { all: true } */
export const POST = route({ key: 'admin.notifications.read', permission: 'system.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await markNotificationsRead({ ctx, input: await readJson(req, z.unknown()) })),
);
