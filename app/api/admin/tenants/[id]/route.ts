import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http/route';
import { updateTenantSchema } from '@/lib/tenancy/schemas';
import { getTenant } from '@/lib/tenancy/services/get-tenant';
import { updateTenant } from '@/lib/tenancy/services/update-tenant';

type Params = { id: string };

export const GET = route<Params>({ key: 'admin.tenants.get', permission: 'tenants.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await getTenant({ ctx, input: { id: params.id } })),
);

export const PATCH = route<Params>({ key: 'admin.tenants.update', permission: 'tenants.write', portal: 'admin' }, async ({ req, ctx, params }) => {
  const body = await readJson(req, updateTenantSchema.omit({ id: true }));
  return NextResponse.json(await updateTenant({ ctx, input: { ...body, id: params.id } }));
});
