import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * The carrier portal's read-only Class 4 view (issue 12): the seeded carrier user sees its own
 * carrier's interconnects and balances, never another carrier's, in the pages and through the API.
 */

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
}

test('a carrier user sees only its own carrier: interconnects and balances, axe clean in light and dark', async ({ page }) => {
  await signIn(page, 'carrier@didtron.localhost');
  await page.goto('/interconnects');
  await expect(page.getByTestId('carrier-interconnects')).toContainText('DEMO LON ingress');
  await expect(page.getByTestId('carrier-interconnects')).toContainText('DEMO LON egress');
  await expect(page.getByTestId('carrier-interconnects')).not.toContainText('BH LON ingress');
  await expect(page.getByTestId('carrier-interconnect-row')).toHaveCount(2);
  await expectAccessible(page, 'carrier interconnects (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'carrier interconnects (dark)');
  await page.goto('/balances');
  await expect(page.getByTestId('carrier-balances')).toContainText('USD');
  await expectAccessible(page, 'carrier balances (dark)');
  await chooseTheme(page, 'light');
  await expectAccessible(page, 'carrier balances (light)');

  // The API from the page (its session, its host): one carrier, its own interconnects and services
  // (another carrier's ids: lib/class4/routes.test.ts and the cross-tenant matrix).
  const call = (path: string, method = 'GET', body?: unknown) =>
    page.evaluate(
      async ([p, m, b]) => {
        const res = await fetch(p as string, { method: m as string, headers: { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) });
        return { status: res.status, json: (await res.json()) as Record<string, unknown> };
      },
      [path, method, body] as const,
    );
  const carriers = (await call('/api/v1/carriers')).json as { items: Array<{ id: string; name: string }> };
  expect(carriers.items.map((c) => c.name)).toEqual(['Demo Carrier Ltd']);
  const interconnects = (await call('/api/v1/interconnects?limit=100')).json as { items: Array<{ carrierName: string }> };
  expect(new Set(interconnects.items.map((i) => i.carrierName))).toEqual(new Set(['Demo Carrier Ltd']));
  const services = (await call('/api/v1/carrier-services?limit=100')).json as { items: Array<{ carrierName: string; routeInterconnectName: string | null }> };
  expect(services.items.length).toBeGreaterThan(0);
  expect(services.items.every((s) => s.carrierName === 'Demo Carrier Ltd' && s.routeInterconnectName === null)).toBe(true);
  // Writes are not a carrier user's.
  const write = await call(`/api/v1/carriers/${carriers.items[0]!.id}`, 'PATCH', { name: 'Hijacked' });
  expect([403, 404]).toContain(write.status);
});
