import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { disableUser } from '@/lib/users/services/disable-user';

export const POST = route<{ id: string }>({ key: 'admin.users.disable', permission: 'users.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await disableUser({ ctx, input: { id: params.id } })),
);
