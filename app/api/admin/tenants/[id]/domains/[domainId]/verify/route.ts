import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { verifyTenantDomain } from '@/lib/tenancy/services/verify-tenant-domain';

export const POST = route({ key: 'admin.tenants.domains.verify', permission: 'tenants.write', portal: 'admin', params: pathParams('id', 'domainId') },
  async ({ ctx, params }) => NextResponse.json(await verifyTenantDomain({ ctx, input: { tenantId: params.id, domainId: params.domainId } })),
);
