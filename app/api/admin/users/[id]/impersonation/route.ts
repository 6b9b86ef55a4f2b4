import { NextResponse } from 'next/server';
import { z } from 'zod';
import { readJson, route } from '@/lib/http/route';
import { safeText } from '@/lib/validation';
import { startImpersonation } from '@/lib/users/services/start-impersonation';

export const POST = route<{ id: string }>({ key: 'admin.users.impersonate', permission: 'users.impersonate', portal: 'admin' }, async ({ req, ctx, params }) => {
  const { reason } = await readJson(req, z.object({ reason: safeText().max(500).optional() }));
  return NextResponse.json(await startImpersonation({ ctx, input: { id: params.id, reason } }), { status: 201, headers: { 'cache-control': 'no-store' } });
});
