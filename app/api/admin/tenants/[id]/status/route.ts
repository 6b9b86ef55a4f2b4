import { NextResponse } from 'next/server';
import { z } from 'zod';
import { tenantStatuses } from '@/lib/tenancy/schemas';
import { readJson, route } from '@/lib/http/route';
import { setTenantStatus } from '@/lib/tenancy/services/set-tenant-status';

export const POST = route<{ id: string }>({ key: 'admin.tenants.status', permission: 'tenants.write', portal: 'admin' }, async ({ req, ctx, params }) => {
  const { status } = await readJson(req, z.object({ status: z.enum(tenantStatuses) }));
  return NextResponse.json(await setTenantStatus({ ctx, input: { id: params.id, status } }));
});
