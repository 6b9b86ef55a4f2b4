import { NextResponse } from 'next/server';
import { getAuditEvent } from '@/lib/audit/services/get-audit-event';
import { pathParams, route } from '@/lib/http/route';

export const GET = route({ key: 'admin.audit.get', permission: 'audit.read', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await getAuditEvent({ ctx, input: { id: params.id } })),
);
