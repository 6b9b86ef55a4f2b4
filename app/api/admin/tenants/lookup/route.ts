import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { lookupTenants } from '@/lib/tenancy/services/lookup-tenants';

/** Tenant pickers: search by name or slug (`q`), 20 a page (keyset `cursor`), `id` or `root=true` for one. */
export const GET = route({ key: 'admin.tenants.lookup', permission: 'tenants.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await lookupTenants({ ctx, input: req.nextUrl.searchParams })),
);
