import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { addTenantDomain, addTenantDomainSchema } from '@/lib/tenancy/services/add-tenant-domain';

export const POST = route(
  { key: 'admin.tenants.domains.add', permission: 'tenants.write', portal: 'admin', params: pathParams('id'), body: addTenantDomainSchema, bodyFromPath: ({ id }) => ({ tenantId: id }) },
  async ({ ctx, body }) => NextResponse.json(await addTenantDomain({ ctx, input: body }), { status: 201 }),
);
