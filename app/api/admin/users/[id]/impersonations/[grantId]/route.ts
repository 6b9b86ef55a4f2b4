import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { revokeImpersonation } from '@/lib/users/services/revoke-impersonation';

export const DELETE = route<{ id: string; grantId: string }>({ key: 'admin.users.impersonation.revoke', permission: 'users.impersonate', portal: 'admin' }, async ({ ctx, params }) => {
  await revokeImpersonation({ ctx, input: { userId: params.id, grantId: params.grantId } });
  return NextResponse.json({ revoked: true });
});
