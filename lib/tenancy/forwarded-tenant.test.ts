import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.TRUSTED_PROXY = 'false';
});

const { closeDb } = await import('@/db/client');
const { resolveAuthTarget } = await import('@/lib/auth/instances');
const { proxy } = await import('@/proxy');
const { HOSTS } = await import('@/tests/support/auth');
const { forwardedTenant, TENANT_ID_HEADER, TENANT_SLUG_HEADER } = await import('./forwarded-tenant');
const { lookupSlug } = await import('./host-lookup');

afterAll(() => closeDb());

/** The request headers proxy() hands to the app (Next's x-middleware-request-* encoding). */
async function forwardedBy(host: string, path: string, headers: Record<string, string> = {}): Promise<Headers | null> {
  const res = await proxy(new NextRequest(`http://${host}${path}`, { headers: new Headers({ host, ...headers }) }));
  const override = res.headers.get('x-middleware-override-headers');
  if (override === null) return null;
  const out = new Headers();
  for (const name of override.split(',').filter(Boolean)) out.set(name, res.headers.get(`x-middleware-request-${name}`) ?? '');
  return out;
}

const FORGED = { [TENANT_ID_HEADER]: randomUUID(), [TENANT_SLUG_HEADER]: 'didtron', 'X-Tenant-Uuid': randomUUID() };

describe('the tenant the proxy forwards', () => {
  it('carries the id as well as the slug on a reseller host, overwriting forged copies', async () => {
    const acme = (await lookupSlug('acme'))!;
    for (const path of ['/', '/api/me', '/auth/sign-in']) {
      const h = (await forwardedBy(HOSTS.acme.host, path, FORGED))!;
      expect(h.get(TENANT_SLUG_HEADER)).toBe('acme');
      expect(h.get(TENANT_ID_HEADER)).toBe(acme.tenantId);
    }
  });

  it("carries the root brand's id on its sign-up and customer hosts", async () => {
    const root = (await lookupSlug('didtron'))!;
    for (const host of [HOSTS.root.host, HOSTS.rootPortal.host]) {
      const h = (await forwardedBy(host, '/', { [TENANT_ID_HEADER]: randomUUID() }))!;
      expect(h.get(TENANT_SLUG_HEADER)).toBe('didtron');
      expect(h.get(TENANT_ID_HEADER)).toBe(root.tenantId);
    }
  });

  it('drops a forged id on hosts without a tenant (marketing, admin, the health probe)', async () => {
    for (const [host, path] of [
      ['localhost:3000', '/'],
      [HOSTS.admin.host, '/'],
      [HOSTS.acme.host, '/api/health'],
    ] as const) {
      const h = (await forwardedBy(host, path, FORGED))!;
      expect(h.has(TENANT_ID_HEADER), `${host}${path}`).toBe(false);
      expect(h.has(TENANT_SLUG_HEADER), `${host}${path}`).toBe(false);
    }
  });

  it('lets the session path use the forwarded id without looking the slug up again', async () => {
    const acme = (await lookupSlug('acme'))!;
    const viaProxy = (await forwardedBy(HOSTS.acme.host, '/api/me'))!;
    expect(await forwardedTenant(viaProxy)).toEqual({ tenantId: acme.tenantId, slug: 'acme' });
    // The id the proxy set is what the auth instance is built for: no second lookup decides it.
    const marker = randomUUID();
    const target = await resolveAuthTarget(new Headers({ host: HOSTS.acme.host, 'x-portal': 'customer', [TENANT_SLUG_HEADER]: 'acme', [TENANT_ID_HEADER]: marker }));
    expect(target).toMatchObject({ tenantId: marker, tenantSlug: 'acme', portal: 'customer' });
    // A request that never passed the proxy's tenant step (only the slug) still finds its tenant.
    expect(await forwardedTenant(new Headers({ [TENANT_SLUG_HEADER]: 'acme' }))).toEqual({ tenantId: acme.tenantId, slug: 'acme' });
    expect(await forwardedTenant(new Headers())).toBeNull();
  });
});
