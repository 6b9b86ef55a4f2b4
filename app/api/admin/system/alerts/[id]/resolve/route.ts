import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { resolveAlert } from '@/lib/monitoring/services/resolve-alert';

export const POST = route<{ id: string }>({ key: 'admin.system.alerts.resolve', permission: 'system.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await resolveAlert({ ctx, input: { id: params.id } })),
);
