import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { acknowledgeAlert } from '@/lib/monitoring/services/acknowledge-alert';

export const POST = route<{ id: string }>({ key: 'admin.system.alerts.acknowledge', permission: 'system.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await acknowledgeAlert({ ctx, input: { id: params.id } })),
);
