import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { forceSignOut } from '@/lib/users/services/force-sign-out';

export const POST = route<{ id: string }>({ key: 'admin.users.sign_out', permission: 'users.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await forceSignOut({ ctx, input: { id: params.id } })),
);
