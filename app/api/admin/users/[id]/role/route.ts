import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http/route';
import { changeRoleSchema } from '@/lib/users/schemas';
import { changeUserRole } from '@/lib/users/services/change-user-role';

export const POST = route<{ id: string }>({ key: 'admin.users.role', permission: 'users.write', portal: 'admin' }, async ({ req, ctx, params }) => {
  const { role } = await readJson(req, changeRoleSchema.pick({ role: true }));
  return NextResponse.json(await changeUserRole({ ctx, input: { id: params.id, role } }));
});
