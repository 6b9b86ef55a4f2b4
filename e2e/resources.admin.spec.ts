import { expect, test } from '@playwright/test';
import { adminNav } from '../lib/navigation/admin';
import { expectNoBrokenResources } from './resources';

test.describe('the admin console requests no resource that answers 4xx/5xx', () => {
  // Every page of the navigation (a module added later is checked without editing this file), and
  // the account menu's security page. One test per page: a dozen pages in one test's budget timed
  // out once with both cores kept busy.
  const navigation = [...adminNav.modules.flatMap((m) => m.items.map((i) => i.href)), '/security'];
  for (const path of navigation) {
    test(`signed in: ${path}`, async ({ page }) => {
      await expectNoBrokenResources(page, [{ path }]);
    });
  }

  test('signed in: an unknown page is a 404 whose own resources load', async ({ page }) => {
    await expectNoBrokenResources(page, [{ path: '/no-such-page', notFound: true }]);
  });

  // The detail pages, one test each (together they took 58.7 s of a 60 s budget under stress-ng).
  test('signed in: a tenant and its domains tab', async ({ page }) => {
    await page.goto('/tenants');
    const tenant = await page.getByRole('link', { name: /Acme Voice/ }).first().getAttribute('href');
    expect(tenant).toMatch(/^\/tenants\//);
    await expectNoBrokenResources(page, [{ path: tenant! }, { path: `${tenant}?tab=domains` }]);
  });

  test('signed in: a user', async ({ page }) => {
    await page.goto('/users?q=admin%40didtron.localhost');
    // The row of the account (not a loading skeleton row): its test id carries the user's id.
    const userRow = page.locator('tbody tr[data-testid^="row-"]').filter({ hasText: 'admin@didtron.localhost' }).first();
    await expect(userRow).toBeVisible();
    const user = `/users/${(await userRow.getAttribute('data-testid'))!.replace(/^row-/, '')}`;
    await expectNoBrokenResources(page, [{ path: user }]);
  });

  test.describe('signed out', () => {
    test.use({ storageState: { cookies: [], origins: [] } });
    test('the sign-in page', async ({ page }) => {
      await expectNoBrokenResources(page, [{ path: '/sign-in' }, { path: '/no-such-page', notFound: true }]);
    });
  });
});
