import { lookupSlug, type TenantRef } from './host-lookup';

/**
 * The tenant the proxy resolved from the host, handed to everything after it in two request headers:
 * the slug and the tenant id. proxy.ts drops every incoming x-tenant-* header before it sets its
 * own, so neither can be forged by a client. (The id header is not named x-tenant-id: that name is
 * the forged-header canary of tests/cross-tenant-matrix.test.ts and e2e/routing.spec.ts, which must
 * never reach the app.)
 */
export const TENANT_SLUG_HEADER = 'x-tenant-slug';
export const TENANT_ID_HEADER = 'x-tenant-uuid';

/** Sets both headers (the id only when the proxy knows it). */
export function setForwardedTenant(headers: Headers, tenant: { slug: string; tenantId?: string }): void {
  headers.set(TENANT_SLUG_HEADER, tenant.slug);
  if (tenant.tenantId) headers.set(TENANT_ID_HEADER, tenant.tenantId);
  else headers.delete(TENANT_ID_HEADER);
}

/**
 * The host's tenant: from the proxy's headers without a database round trip, or (a request that
 * carries only the slug, such as a handler called directly in a test) from the cached slug lookup.
 * Null on hosts without a tenant.
 */
export async function forwardedTenant(headers: Headers): Promise<TenantRef | null> {
  const slug = headers.get(TENANT_SLUG_HEADER);
  if (!slug) return null;
  const tenantId = headers.get(TENANT_ID_HEADER);
  return tenantId ? { tenantId, slug } : lookupSlug(slug);
}
