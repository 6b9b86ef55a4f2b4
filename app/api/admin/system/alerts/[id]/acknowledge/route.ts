import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { acknowledgeAlert } from '@/lib/monitoring/services/acknowledge-alert';

export const POST = route({ key: 'admin.system.alerts.acknowledge', permission: 'system.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await acknowledgeAlert({ ctx, input: { id: params.id } })),
);
