import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import { testCtx, uniqueSlug } from '@/tests/factories';

/** Next's cache functions, recorded: the services must expire a tenant's branding tag after their commit. */
const cache = vi.hoisted(() => ({ revalidated: [] as Array<{ tag: string; profile: unknown }>, outsideNext: false, cachedCalls: [] as Array<{ keys: string[]; tags: string[] }> }));
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    if (cache.outsideNext) throw new Error('Invariant: static generation store missing in revalidateTag branding:x');
    cache.revalidated.push({ tag, profile });
  },
  unstable_cache: (fn: () => Promise<unknown>, keys: string[], opts: { tags: string[] }) => {
    cache.cachedCalls.push({ keys, tags: opts.tags });
    return fn;
  },
}));

const { createTenant } = await import('./services/create-tenant');
const { updateTenant } = await import('./services/update-tenant');
const { setTenantStatus } = await import('./services/set-tenant-status');
const { cachedPublicBranding, revalidateBranding } = await import('./branding-cache');

const branding = { name: 'Gamma Voice', primaryColor: '#112233', accentColor: '#445566' };

afterEach(() => {
  cache.revalidated.length = 0;
  cache.cachedCalls.length = 0;
  cache.outsideNext = false;
});

describe('prerendered branding is expired when it changes', () => {
  it('reads branding for prerendered pages under the tenant tag', async () => {
    const brand = await cachedPublicBranding('acme');
    expect(brand).toMatchObject({ slug: 'acme' });
    expect(cache.cachedCalls).toEqual([{ keys: ['public-branding', 'acme'], tags: ['branding:acme'] }]);
  });

  it('a name, logo or colour change expires the tag at once (never the stale page)', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug('gamma') } });
    cache.revalidated.length = 0;
    await updateTenant({ ctx, input: { id: tenant.id, name: 'Gamma Voice Two', primaryColor: '#ABCDEF' } });
    expect(cache.revalidated).toEqual([{ tag: `branding:${tenant.slug}`, profile: { expire: 0 } }]);
    expect(await cachedPublicBranding(tenant.slug)).toMatchObject({ name: 'Gamma Voice Two', primaryColor: '#ABCDEF' });
  });

  it('suspending and reactivating expire it too (a suspended tenant has no sign-in page)', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug('gamma') } });
    cache.revalidated.length = 0;
    await setTenantStatus({ ctx, input: { id: tenant.id, status: 'suspended' } });
    expect(await cachedPublicBranding(tenant.slug)).toBeNull();
    await setTenantStatus({ ctx, input: { id: tenant.id, status: 'active' } });
    expect(cache.revalidated.map((r) => r.tag)).toEqual([`branding:${tenant.slug}`, `branding:${tenant.slug}`]);
  });

  it('a change that fails expires nothing', async () => {
    const ctx = await testCtx();
    await expect(updateTenant({ ctx, input: { id: crypto.randomUUID(), name: 'Nope' } })).rejects.toBeInstanceOf(NotFoundError);
    const viewer = await testCtx('customer_admin', 'acme');
    const acme = (await cachedPublicBranding('acme'))!;
    await expect(updateTenant({ ctx: viewer, input: { id: acme.id, name: 'Hijack' } })).rejects.toThrow();
    expect(cache.revalidated).toEqual([]);
  });

  it('outside a Next.js server (scripts, the worker) the change stands and nothing throws', async () => {
    cache.outsideNext = true;
    expect(() => revalidateBranding('acme')).not.toThrow();
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug('gamma') } });
    await expect(updateTenant({ ctx, input: { id: tenant.id, name: 'Gamma Offline' } })).resolves.toMatchObject({ name: 'Gamma Offline' });
  });
});
