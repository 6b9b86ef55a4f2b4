import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createTenantSchema } from '@/lib/tenancy/schemas';
import { createTenant } from '@/lib/tenancy/services/create-tenant';
import { listTenants } from '@/lib/tenancy/services/list-tenants';

export const GET = route({ key: 'admin.tenants.list', permission: 'tenants.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listTenants({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route({ key: 'admin.tenants.create', permission: 'tenants.write', portal: 'admin', body: createTenantSchema }, async ({ ctx, body }) =>
  NextResponse.json(await createTenant({ ctx, input: body }), { status: 201 }),
);
