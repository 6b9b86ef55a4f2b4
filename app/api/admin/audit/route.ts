import { NextResponse } from 'next/server';
import { listAuditEvents } from '@/lib/audit/services/list-audit-events';
import { route } from '@/lib/http/route';

export const GET = route({ key: 'admin.audit.list', permission: 'audit.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listAuditEvents({ ctx, input: req.nextUrl.searchParams })),
);
