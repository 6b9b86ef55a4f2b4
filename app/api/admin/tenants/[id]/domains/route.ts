import { NextResponse } from 'next/server';
import { z } from 'zod';
import { readJson, route } from '@/lib/http/route';
import { safeText } from '@/lib/validation';
import { addTenantDomain } from '@/lib/tenancy/services/add-tenant-domain';

export const POST = route<{ id: string }>({ key: 'admin.tenants.domains.add', permission: 'tenants.write', portal: 'admin' }, async ({ req, ctx, params }) => {
  const { domain } = await readJson(req, z.object({ domain: safeText() }));
  return NextResponse.json(await addTenantDomain({ ctx, input: { tenantId: params.id, domain } }), { status: 201 });
});
