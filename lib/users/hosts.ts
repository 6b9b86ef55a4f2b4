import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import type { Role } from '@/lib/auth/permissions';
import { portalOfAccount, signInUrlOfPortal } from '@/lib/auth/portal-access';
import type { AnyCtx } from '@/lib/context';
import { tenantPortalHost, type TenantRef as TenantRefOfTenancy } from '@/lib/tenancy';
import { portalUrl } from '@/lib/tenancy/portal-url';

type TenantRef = Pick<TenantRefOfTenancy, 'id' | 'slug' | 'isRoot'>;

/**
 * Where the tenant's users reach the auth pages (reset-password for invitations): pbx.<root> for
 * the root brand, the customer portal host for a reseller.
 */
export async function tenantAuthTarget(ctx: AnyCtx, tenant: TenantRef): Promise<AuthTarget> {
  if (tenant.isRoot) return { tenantId: tenant.id, tenantSlug: tenant.slug, host: new URL(portalUrl('signup', '/')).host, portal: 'signup' };
  return { tenantId: tenant.id, tenantSlug: tenant.slug, host: await tenantPortalHost(ctx, tenant), portal: 'customer' };
}

/** Where a user of this role signs in once their password is set: their own portal (lib/auth/portal-access.ts). */
export function signInUrlFor(role: Role, target: AuthTarget): string {
  // The staff and carrier hosts sign in the root tenant's accounts only (its target is pbx.<root>).
  const portal = portalOfAccount({ role, rootTenant: target.portal === 'signup' });
  if (portal !== 'customer') return signInUrlOfPortal(portal);
  return authPageUrl(target, '/sign-in');
}
