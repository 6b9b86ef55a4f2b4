import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { resendInvitation } from '@/lib/users/services/resend-invitation';

export const POST = route<{ id: string }>({ key: 'admin.users.invitation.resend', permission: 'users.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await resendInvitation({ ctx, input: { id: params.id } })),
);
