import { NextResponse } from 'next/server';
import { getAuditEvent } from '@/lib/audit/services/get-audit-event';
import { route } from '@/lib/http/route';

export const GET = route<{ id: string }>({ key: 'admin.audit.get', permission: 'audit.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await getAuditEvent({ ctx, input: { id: params.id } })),
);
