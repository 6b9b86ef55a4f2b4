import { and, asc, eq } from 'drizzle-orm';
import { tenantDomains, tenants } from '@/db/schema';
import { callerTx, type AnyCtx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { customerPortalHost } from './portal-url';

/**
 * The tenancy domain's public face for other domains: they call these (in their own transaction,
 * through ctx.db) and never read the tenants or tenant_domains tables themselves. The services
 * under ./services are the route-facing ones.
 */

export type TenantRef = { id: string; slug: string; name: string; isRoot: boolean; status: 'active' | 'suspended' };

/** A tenant's identity and status, read in the caller's transaction; a 404 when it does not exist. */
export async function getTenantRef(ctx: AnyCtx, id: string): Promise<TenantRef> {
  return callerTx(ctx, async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id, slug: tenants.slug, name: tenants.name, isRoot: tenants.isRoot, status: tenants.status }).from(tenants).where(eq(tenants.id, id));
    if (!tenant) throw new NotFoundError('Tenant not found');
    return tenant;
  });
}

/** The root brand (the platform's own tenant). */
export async function getRootTenantRef(ctx: AnyCtx): Promise<TenantRef> {
  return callerTx(ctx, async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id, slug: tenants.slug, name: tenants.name, isRoot: tenants.isRoot, status: tenants.status }).from(tenants).where(eq(tenants.isRoot, true));
    if (!tenant) throw new NotFoundError('The database has no root tenant');
    return tenant;
  });
}

/** The host of the tenant's customer portal: its oldest verified custom domain, else the platform's name for it. */
export async function tenantPortalHost(ctx: AnyCtx, tenant: Pick<TenantRef, 'id' | 'slug' | 'isRoot'>): Promise<string> {
  if (tenant.isRoot) return customerPortalHost(tenant);
  const [domain] = await callerTx(ctx, (tx) =>
    tx
      .select({ domain: tenantDomains.domain })
      .from(tenantDomains)
      .where(and(eq(tenantDomains.tenantId, tenant.id), eq(tenantDomains.status, 'verified')))
      .orderBy(asc(tenantDomains.verifiedAt), asc(tenantDomains.domain))
      .limit(1),
  );
  return customerPortalHost(tenant, domain?.domain);
}
