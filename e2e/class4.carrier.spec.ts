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
  test.setTimeout(90_000);
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

  // The API, with the same session: one carrier, its own interconnects and services (another carrier's ids: lib/class4 tests and the cross-tenant matrix).
  const carriers = await (await page.request.get('/api/v1/carriers')).json();
  expect(carriers.items.map((c: { name: string }) => c.name)).toEqual(['Demo Carrier Ltd']);
  const interconnects = await (await page.request.get('/api/v1/interconnects?limit=100')).json();
  expect(new Set(interconnects.items.map((i: { carrierName: string }) => i.carrierName))).toEqual(new Set(['Demo Carrier Ltd']));
  const services = await (await page.request.get('/api/v1/carrier-services?limit=100')).json();
  expect(services.items.every((s: { carrierName: string; routeInterconnectName: string | null }) => s.carrierName === 'Demo Carrier Ltd' && s.routeInterconnectName === null)).toBe(true);
  const own = carriers.items[0].id as string;
  // Writes are not a carrier user's.
  const write = await page.request.patch(`/api/v1/carriers/${own}`, { data: { name: 'Hijacked' }, headers: { origin: new URL(page.url()).origin } });
  expect([403, 404]).toContain(write.status());
});
