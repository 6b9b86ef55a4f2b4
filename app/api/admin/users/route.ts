import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { inviteUserSchema } from '@/lib/users/schemas';
import { inviteUser } from '@/lib/users/services/invite-user';
import { listUsers } from '@/lib/users/services/list-users';

export const GET = route({ key: 'admin.users.list', permission: 'users.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listUsers({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route({ key: 'admin.users.invite', permission: 'users.write', portal: 'admin', body: inviteUserSchema }, async ({ ctx, body }) =>
  NextResponse.json(await inviteUser({ ctx, input: body }), { status: 201 }),
);
