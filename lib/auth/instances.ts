import { BoundedTtlCache } from '@/lib/cache/bounded-ttl-cache';
import { requestHost } from '@/lib/http/request-host';
import { forwardedTenant } from '@/lib/tenancy/forwarded-tenant';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { portals, ROOT_TENANT_SLUG, type Portal } from '@/lib/tenancy/resolve-host';
import { createTenantAuth, type TenantAuth } from './create-auth';
import type { AuthTarget } from './paths';

/** Portals that sign users in; marketing and docs have no accounts. */
const SIGN_IN_PORTALS: readonly Portal[] = ['signup', 'customer', 'admin', 'carrier'];

/**
 * Which tenant's Better Auth serves this request: the tenant the proxy resolved from the host
 * (x-tenant-slug and its id, lib/tenancy/forwarded-tenant.ts; forged copies are stripped by the proxy), or the root tenant on the admin and
 * carrier hosts. Null where nobody signs in (marketing, docs, unknown hosts).
 */
export async function resolveAuthTarget(headers: Headers, url?: string): Promise<AuthTarget | null> {
  const portal = headers.get('x-portal') as Portal | null;
  if (!portal || !portals.includes(portal) || !SIGN_IN_PORTALS.includes(portal)) return null;
  const rootHost = portal === 'admin' || portal === 'carrier';
  if (!headers.has('x-tenant-slug') && !rootHost) return null;
  const [tenant, host] = [headers.has('x-tenant-slug') ? await forwardedTenant(headers) : await lookupSlug(ROOT_TENANT_SLUG), requestHost(headers, url)];
  if (!tenant || !host) return null;
  return { tenantId: tenant.tenantId, tenantSlug: tenant.slug, host, portal };
}

// A cache of configured instances (configuration, not data), bounded and expiring so that a
// renamed brand reaches its emails and TOTP issuer. Kept on globalThis across dev reloads.
const store = globalThis as typeof globalThis & { __didtronAuth?: BoundedTtlCache<Promise<TenantAuth>> };

function cache(): BoundedTtlCache<Promise<TenantAuth>> {
  store.__didtronAuth ??= new BoundedTtlCache<Promise<TenantAuth>>(500, 10 * 60 * 1000);
  return store.__didtronAuth;
}

/** The Better Auth instance for one tenant on one host. */
export function authFor(target: AuthTarget): Promise<TenantAuth> {
  const key = `${target.tenantId}|${target.host}|${target.portal}`;
  const c = cache();
  const hit = c.get(key);
  if (hit) return hit;
  const created = createTenantAuth(target);
  c.set(key, created);
  // A failed build (database down, tenant just suspended) must not stay cached; failures are rare
  // enough that dropping every cached instance is simpler than tracking this one.
  created.catch(() => {
    if (c.get(key) === created) c.clear();
  });
  return created;
}

export function clearAuthInstances(): void {
  store.__didtronAuth?.clear();
}
