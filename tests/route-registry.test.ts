import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permissions } from '@/lib/auth/permissions';
import { portals } from '@/lib/tenancy/resolve-host';
import { dynamicSegments, fillPattern, findRouteFiles, loadRouteRegistry, PUBLIC_ROUTES, UNWRAPPED_ROUTES, urlPattern } from './support/route-registry';

describe('route registry', () => {
  it('derives URL patterns and dynamic segments from file paths', () => {
    expect(urlPattern('app/api/admin/tenants/[id]/domains/[domainId]/route.ts')).toBe('/api/admin/tenants/[id]/domains/[domainId]');
    expect(urlPattern('app/admin/(console)/(x)/exports/route.ts')).toBe('/admin/exports');
    expect(urlPattern('app/@modal/feed/route.ts')).toBe('/feed');
    expect(dynamicSegments('/api/admin/tenants/[id]/domains/[domainId]')).toEqual([
      { name: 'id', catchAll: false, optional: false, position: 3 },
      { name: 'domainId', catchAll: false, optional: false, position: 5 },
    ]);
    expect(dynamicSegments('/api/[...path]')).toEqual([{ name: 'path', catchAll: true, optional: false, position: 1 }]);
    expect(dynamicSegments('/docs/[[...slug]]')).toEqual([{ name: 'slug', catchAll: true, optional: true, position: 1 }]);
    expect(fillPattern('/api/x/[id]/y/[...rest]', { id: 'a b', rest: ['c', 'd'] })).toBe('/api/x/a%20b/y/c/d');
    expect(() => fillPattern('/api/x/[id]', {})).toThrow(/no value for \[id\]/);
  });

  it('finds every route file, including the ones it must know about', () => {
    const files = findRouteFiles();
    expect(files).toContain('app/api/health/route.ts');
    expect(files).toContain('app/api/v1/keys/[id]/route.ts');
    for (const file of Object.keys(UNWRAPPED_ROUTES)) expect(existsSync(file), `allow-listed ${file} no longer exists: remove it from UNWRAPPED_ROUTES`).toBe(true);
  });

  it('gives every exported handler a spec: key, a known permission and portal', async () => {
    const routes = await loadRouteRegistry();
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes.filter((r) => !r.spec && !(r.file in UNWRAPPED_ROUTES)).map((r) => `${r.method} ${r.file}`);
    expect(missing, `handlers not built with route() (declare { key, permission } or allow-list them with a reason): ${missing.join(', ')}`).toEqual([]);

    for (const r of routes.filter((x) => x.spec)) {
      const { key, permission, portal } = r.spec!;
      expect(key, `${r.method} ${r.pattern}`).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
      expect(['public', ...permissions], `${r.method} ${r.pattern}`).toContain(permission);
      if (portal) expect(portals).toContain(portal);
    }
    // One key per endpoint (a handler exported under several methods counts once).
    const keyOwners = new Map<string, string>();
    for (const r of routes.filter((x) => x.spec)) {
      const owner = keyOwners.get(r.spec!.key);
      if (owner) expect(owner, `endpoint key ${r.spec!.key} used by two files`).toBe(r.file);
      keyOwners.set(r.spec!.key, r.file);
    }
  });

  it('lists every public route with the reason it needs no session', async () => {
    const routes = await loadRouteRegistry();
    const publicKeys = [...new Set(routes.filter((r) => r.spec?.permission === 'public').map((r) => r.spec!.key))].sort();
    const unexplained = publicKeys.filter((k) => !(k in PUBLIC_ROUTES));
    expect(unexplained, `public routes without a reason in PUBLIC_ROUTES: ${unexplained.join(', ')}`).toEqual([]);
    const stale = Object.keys(PUBLIC_ROUTES).filter((k) => !publicKeys.includes(k));
    expect(stale, `PUBLIC_ROUTES lists routes that are gone or no longer public: ${stale.join(', ')}`).toEqual([]);
  });

  it('keeps the API key endpoints on the customer portal and behind their permissions', async () => {
    const routes = await loadRouteRegistry();
    const spec = (method: string, pattern: string) => routes.find((r) => r.method === method && r.pattern === pattern)?.spec;
    expect(spec('GET', '/api/v1/keys')).toEqual({ key: 'v1.keys.list', permission: 'api_keys.read', portal: 'customer' });
    expect(spec('POST', '/api/v1/keys')).toEqual({ key: 'v1.keys.create', permission: 'api_keys.write', portal: 'customer' });
    expect(spec('DELETE', '/api/v1/keys/[id]')).toEqual({ key: 'v1.keys.revoke', permission: 'api_keys.write', portal: 'customer' });
    expect(spec('GET', '/api/v1/me')).toEqual({ key: 'v1.me', permission: 'portal.use' });
  });
});
