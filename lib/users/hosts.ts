import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import { isPlatformRole, type Role } from '@/lib/auth/permissions';
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

/** Where a user of this role signs in once their password is set. */
export function signInUrlFor(role: Role, target: AuthTarget): string {
  if (isPlatformRole(role)) return portalUrl('admin', '/sign-in');
  // The carrier host signs in on the root tenant's accounts only.
  if (role === 'carrier_user' && target.portal === 'signup') return portalUrl('carrier', '/');
  return authPageUrl(target, '/sign-in');
}
