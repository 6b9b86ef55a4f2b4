import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { resolveAlert } from '@/lib/monitoring/services/resolve-alert';

export const POST = route({ key: 'admin.system.alerts.resolve', permission: 'system.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await resolveAlert({ ctx, input: { id: params.id } })),
);
