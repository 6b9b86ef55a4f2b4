import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { forceSignOut } from '@/lib/users/services/force-sign-out';

export const POST = route({ key: 'admin.users.sign_out', permission: 'users.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await forceSignOut({ ctx, input: { id: params.id } })),
);
