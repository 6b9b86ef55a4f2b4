import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { revokeImpersonation } from '@/lib/users/services/revoke-impersonation';

export const DELETE = route({ key: 'admin.users.impersonation.revoke', permission: 'users.impersonate', portal: 'admin', params: pathParams('id', 'grantId') }, async ({ ctx, params }) => {
  await revokeImpersonation({ ctx, input: { userId: params.id, grantId: params.grantId } });
  return NextResponse.json({ revoked: true });
});
