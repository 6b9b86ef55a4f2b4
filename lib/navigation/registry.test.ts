import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissions } from '@/lib/auth/permissions';
import { adminNav } from './admin';
import { carrierNav } from './carrier';
import { customerNav } from './customer';
import { activeNav, moduleHref, type PortalNav } from './types';

const registries: PortalNav[] = [adminNav, customerNav, carrierNav];

/** A page at href under the segment, directly or inside a route group such as (console). */
function pageExists(segment: string, href: string): boolean {
  const base = path.join(process.cwd(), 'app', segment);
  const groups = fs.existsSync(base) ? fs.readdirSync(base).filter((d) => /^\(.+\)$/.test(d)) : [];
  return ['', ...groups].some((g) => fs.existsSync(path.join(base, g, href, 'page.tsx')));
}

describe.each(registries.map((r) => [r.portal, r] as const))('%s navigation', (_portal, nav) => {
  it("opens every mod on its first item's route", () => {
    for (const mod of nav.modules) expect(moduleHref(mod)).toBe(mod.items[0].href);
  });

  it('points every item at a real page (no placeholders)', () => {
    for (const mod of nav.modules) for (const item of mod.items) expect(pageExists(nav.segment, item.href), `${item.href}`).toBe(true);
  });

  it('has unique mod keys and hrefs, and only known permissions', () => {
    const hrefs = nav.modules.flatMap((m) => m.items.map((i) => i.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(new Set(nav.modules.map((m) => m.key)).size).toBe(nav.modules.length);
    for (const mod of nav.modules) for (const item of mod.items) expect(permissions).toContain(item.permission);
  });
});

describe('activeNav', () => {
  it('finds the owning item by the longest matching prefix', () => {
    expect(activeNav(adminNav, '/tenants/123').item?.key).toBe('tenants');
    expect(activeNav(adminNav, '/domains').item?.key).toBe('domains');
    expect(activeNav(adminNav, '/tenantsx').item).toBeUndefined();
  });
});
