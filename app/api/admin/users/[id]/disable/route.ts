import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { disableUser } from '@/lib/users/services/disable-user';

export const POST = route({ key: 'admin.users.disable', permission: 'users.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await disableUser({ ctx, input: { id: params.id } })),
);
