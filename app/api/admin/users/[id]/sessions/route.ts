import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { listUserSessions } from '@/lib/users/services/list-user-sessions';

export const GET = route({ key: 'admin.users.sessions', permission: 'users.read', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await listUserSessions({ ctx, input: { id: params.id } })),
);
