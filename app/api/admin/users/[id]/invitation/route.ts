import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { resendInvitation } from '@/lib/users/services/resend-invitation';

export const POST = route({ key: 'admin.users.invitation.resend', permission: 'users.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await resendInvitation({ ctx, input: { id: params.id } })),
);
