import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getUser } from '@/lib/users/services/get-user';

export const GET = route({ key: 'admin.users.get', permission: 'users.read', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await getUser({ ctx, input: { id: params.id } })),
);
