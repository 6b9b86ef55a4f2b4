import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { changeRoleSchema } from '@/lib/users/schemas';
import { changeUserRole } from '@/lib/users/services/change-user-role';

export const POST = route(
  { key: 'admin.users.role', permission: 'users.write', portal: 'admin', params: pathParams('id'), body: changeRoleSchema, bodyFromPath: ({ id }) => ({ id }) },
  async ({ ctx, body }) => NextResponse.json(await changeUserRole({ ctx, input: body })),
);
