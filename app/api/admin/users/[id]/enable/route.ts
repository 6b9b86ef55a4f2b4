import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { enableUser } from '@/lib/users/services/enable-user';

export const POST = route({ key: 'admin.users.enable', permission: 'users.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await enableUser({ ctx, input: { id: params.id } })),
);
