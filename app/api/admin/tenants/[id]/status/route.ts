import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { setTenantStatus, setTenantStatusSchema } from '@/lib/tenancy/services/set-tenant-status';

export const POST = route(
  { key: 'admin.tenants.status', permission: 'tenants.write', portal: 'admin', params: pathParams('id'), body: setTenantStatusSchema, bodyFromPath: ({ id }) => ({ id }) },
  async ({ ctx, body }) => NextResponse.json(await setTenantStatus({ ctx, input: body })),
);
