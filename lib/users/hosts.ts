import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tenantDomains } from '@/db/schema';
import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import type { Role } from '@/lib/auth/permissions';
import { portalOfAccount, signInUrlOfPortal } from '@/lib/auth/portal-access';
import { customerPortalHost, portalUrl } from '@/lib/tenancy/portal-url';

type TenantRef = { id: string; slug: string; isRoot: boolean };

/** The host of the tenant's customer portal: its oldest verified custom domain, else the platform's name for it. */
export async function tenantPortalHost(tx: Tx, tenant: TenantRef): Promise<string> {
  if (tenant.isRoot) return customerPortalHost(tenant);
  const [domain] = await tx
    .select({ domain: tenantDomains.domain })
    .from(tenantDomains)
    .where(and(eq(tenantDomains.tenantId, tenant.id), eq(tenantDomains.status, 'verified')))
    .orderBy(asc(tenantDomains.verifiedAt), asc(tenantDomains.domain))
    .limit(1);
  return customerPortalHost(tenant, domain?.domain);
}

/**
 * Where the tenant's users reach the auth pages (reset-password for invitations): pbx.<root> for
 * the root brand, the customer portal host for a reseller.
 */
export async function tenantAuthTarget(tx: Tx, tenant: TenantRef): Promise<AuthTarget> {
  if (tenant.isRoot) return { tenantId: tenant.id, tenantSlug: tenant.slug, host: new URL(portalUrl('signup', '/')).host, portal: 'signup' };
  return { tenantId: tenant.id, tenantSlug: tenant.slug, host: await tenantPortalHost(tx, tenant), portal: 'customer' };
}

/** Where a user of this role signs in once their password is set: their own portal (lib/auth/portal-access.ts). */
export function signInUrlFor(role: Role, target: AuthTarget): string {
  // The staff and carrier hosts sign in the root tenant's accounts only (its target is pbx.<root>).
  const portal = portalOfAccount({ role, rootTenant: target.portal === 'signup' });
  if (portal !== 'customer') return signInUrlOfPortal(portal);
  return authPageUrl(target, '/sign-in');
}
