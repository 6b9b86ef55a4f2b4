import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobTypes } from '@/lib/jobs/catalog';
import { integrationNames } from '@/lib/integrations/names';
import { adminNav } from '@/lib/navigation/admin';
import { moduleOfEndpoint, moduleRegistry } from './module-registry';

/** An admin page at href, directly under app/admin or inside a route group such as (console). */
function adminPageExists(href: string): boolean {
  const base = path.join(process.cwd(), 'app', 'admin');
  const groups = fs.readdirSync(base).filter((d) => /^\(.+\)$/.test(d));
  return ['', ...groups].some((g) => fs.existsSync(path.join(base, g, href, 'page.tsx')));
}

/** Every route-spec key declared by a route handler under app/api. */
function declaredEndpointKeys(): string[] {
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') for (const m of fs.readFileSync(full, 'utf8').matchAll(/\bkey: '([^']+)'/g)) keys.push(m[1]!);
    }
  };
  walk(path.join(process.cwd(), 'app', 'api'));
  return keys;
}

describe('module registry', () => {
  it('gives every registered job type to a module', () => {
    const owned = new Set(moduleRegistry.flatMap((m) => m.jobTypes));
    expect(jobTypes.filter((t) => !owned.has(t)), 'job types that belong to no module (lib/monitoring/module-registry.ts)').toEqual([]);
  });

  it('names every integration as used by a module besides the Integrations page itself', () => {
    const used = new Set(moduleRegistry.filter((m) => m.key !== 'integrations').flatMap((m) => m.integrations));
    expect(integrationNames.filter((i) => !used.has(i))).toEqual([]);
    expect(moduleRegistry.find((m) => m.key === 'integrations')!.integrations).toEqual(integrationNames);
  });

  it('points every module route at an admin page that exists or is in the admin navigation', () => {
    const navHrefs = new Set(adminNav.modules.flatMap((m) => m.items.map((i) => i.href)));
    for (const m of moduleRegistry) for (const r of m.routes) expect(navHrefs.has(r) || adminPageExists(r), `${m.key}: ${r}`).toBe(true);
  });

  it('attributes every route handler of app/api to exactly one module', () => {
    const keys = declaredEndpointKeys();
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !moduleOfEndpoint(k)), 'route keys no module claims').toEqual([]);
    const prefixes = moduleRegistry.flatMap((m) => m.endpointPrefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('has unique module keys and API prefixes', () => {
    expect(new Set(moduleRegistry.map((m) => m.key)).size).toBe(moduleRegistry.length);
    expect(new Set(moduleRegistry.map((m) => m.apiPrefix)).size).toBe(moduleRegistry.length);
    for (const m of moduleRegistry) expect(m.apiPrefix).toMatch(/^\/api\//);
  });
});
