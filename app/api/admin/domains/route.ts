import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listTenantDomains } from '@/lib/tenancy/services/list-tenant-domains';

export const GET = route({ key: 'admin.domains.list', permission: 'tenants.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listTenantDomains({ ctx, input: req.nextUrl.searchParams })),
);
