import { sql } from 'drizzle-orm';
import { infraDb, listen } from '@/db/client';
import { BoundedTtlCache } from '@/lib/cache/bounded-ttl-cache';
import { config } from '@/lib/config';
import { logger } from '@/lib/logger';

export type TenantRef = { tenantId: string; slug: string };
type Cached = TenantRef | 'none';

/**
 * Custom-domain and slug lookups for the proxy, cached (bounded, with TTL, negative answers too so
 * an unknown host cannot hammer the database). Any change to tenant_domains or a tenant's slug or
 * status fires NOTIFY host_cache (a trigger), which clears the cache in every process at once.
 */
const store = globalThis as typeof globalThis & { __didtronHostCache?: BoundedTtlCache<Cached>; __didtronHostListen?: Promise<unknown> };

function cache(): BoundedTtlCache<Cached> {
  store.__didtronHostCache ??= new BoundedTtlCache<Cached>(5_000, config().HOST_CACHE_TTL_SECONDS * 1000);
  store.__didtronHostListen ??= listen('host_cache', () => store.__didtronHostCache?.clear()).catch((error: unknown) => {
    // Without the listener, entries still expire by TTL; retry the subscription on the next lookup.
    logger.warn({ err: error }, 'host cache listener failed; falling back to TTL expiry');
    store.__didtronHostListen = undefined;
  });
  return store.__didtronHostCache;
}

async function cached(key: string, load: () => Promise<TenantRef | null>): Promise<TenantRef | null> {
  const c = cache();
  const hit = c.get(key);
  if (hit !== undefined) return hit === 'none' ? null : hit;
  const value = await load();
  c.set(key, value ?? 'none');
  return value;
}

export function lookupDomain(domain: string): Promise<TenantRef | null> {
  return cached(`d:${domain}`, async () => {
    const rows = await infraDb().execute<{ tenant_id: string; tenant_slug: string }>(sql`select * from app_resolve_domain(${domain})`);
    return rows[0] ? { tenantId: rows[0].tenant_id, slug: rows[0].tenant_slug } : null;
  });
}

export function lookupSlug(slug: string): Promise<TenantRef | null> {
  return cached(`s:${slug}`, async () => {
    const rows = await infraDb().execute<{ tenant_id: string; tenant_slug: string }>(sql`select * from app_resolve_slug(${slug})`);
    return rows[0] ? { tenantId: rows[0].tenant_id, slug: rows[0].tenant_slug } : null;
  });
}

/** For tests and for the service that changes a domain in this process (NOTIFY covers the rest). */
export function clearHostCache(): void {
  store.__didtronHostCache?.clear();
}
