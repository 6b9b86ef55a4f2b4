import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { verifyTenantDomain } from '@/lib/tenancy/services/verify-tenant-domain';

export const POST = route<{ id: string; domainId: string }>(
  { key: 'admin.tenants.domains.verify', permission: 'tenants.write', portal: 'admin' },
  async ({ ctx, params }) => NextResponse.json(await verifyTenantDomain({ ctx, input: { tenantId: params.id, domainId: params.domainId } })),
);
