import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getUser } from '@/lib/users/services/get-user';

export const GET = route<{ id: string }>({ key: 'admin.users.get', permission: 'users.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await getUser({ ctx, input: { id: params.id } })),
);
