import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { removeTenantDomain } from '@/lib/tenancy/services/remove-tenant-domain';

export const DELETE = route({ key: 'admin.tenants.domains.remove', permission: 'tenants.write', portal: 'admin', params: pathParams('id', 'domainId') },
  async ({ ctx, params }) => {
    await removeTenantDomain({ ctx, input: { tenantId: params.id, domainId: params.domainId } });
    return new NextResponse(null, { status: 204 });
  },
);
