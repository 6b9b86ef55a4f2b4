import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { updateTenantSchema } from '@/lib/tenancy/schemas';
import { getTenant } from '@/lib/tenancy/services/get-tenant';
import { updateTenant } from '@/lib/tenancy/services/update-tenant';

const params = pathParams('id');

export const GET = route({ key: 'admin.tenants.get', permission: 'tenants.read', portal: 'admin', params }, async ({ ctx, params }) =>
  NextResponse.json(await getTenant({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  { key: 'admin.tenants.update', permission: 'tenants.write', portal: 'admin', params, body: updateTenantSchema, bodyFromPath: ({ id }) => ({ id }) },
  async ({ ctx, body }) => NextResponse.json(await updateTenant({ ctx, input: body })),
);
