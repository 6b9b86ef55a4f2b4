import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { enableUser } from '@/lib/users/services/enable-user';

export const POST = route<{ id: string }>({ key: 'admin.users.enable', permission: 'users.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await enableUser({ ctx, input: { id: params.id } })),
);
