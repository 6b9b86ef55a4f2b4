import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { startImpersonationSchema } from '@/lib/users/schemas';
import { startImpersonation } from '@/lib/users/services/start-impersonation';

export const POST = route(
  { key: 'admin.users.impersonate', permission: 'users.impersonate', portal: 'admin', params: pathParams('id'), body: startImpersonationSchema, bodyFromPath: ({ id }) => ({ id }) },
  async ({ ctx, body }) => NextResponse.json(await startImpersonation({ ctx, input: body }), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
