import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listUserSessions } from '@/lib/users/services/list-user-sessions';

export const GET = route<{ id: string }>({ key: 'admin.users.sessions', permission: 'users.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await listUserSessions({ ctx, input: { id: params.id } })),
);
