import { expect, test } from '@playwright/test';
import { expectNoBrokenResources } from './resources';

test.describe('the admin console requests no resource that answers 4xx/5xx', () => {
  test('signed in: every page of the navigation', async ({ page }) => {
    test.setTimeout(90_000); // a dozen pages, each loaded until the network is quiet
    await expectNoBrokenResources(page, [
      { path: '/tenants' },
      { path: '/domains' },
      { path: '/jobs' },
      { path: '/jobs/schedules' },
      { path: '/users' },
      { path: '/users/roles' },
      { path: '/audit' },
      { path: '/system' },
      { path: '/system/alerts' },
      { path: '/integrations' },
      { path: '/security' },
      { path: '/no-such-page', notFound: true },
    ]);
  });

  test('signed in: the detail pages', async ({ page }) => {
    await page.goto('/tenants');
    const tenant = await page.getByRole('link', { name: /Acme Voice/ }).first().getAttribute('href');
    await page.goto('/users?q=admin%40didtron.localhost');
    // The row of the account (not a loading skeleton row): its test id carries the user's id.
    const userRow = page.locator('tbody tr[data-testid^="row-"]').filter({ hasText: 'admin@didtron.localhost' }).first();
    await expect(userRow).toBeVisible();
    const user = `/users/${(await userRow.getAttribute('data-testid'))!.replace(/^row-/, '')}`;
    expect(tenant).toMatch(/^\/tenants\//);
    await expectNoBrokenResources(page, [{ path: tenant! }, { path: `${tenant}?tab=domains` }, { path: user }]);
  });

  test.describe('signed out', () => {
    test.use({ storageState: { cookies: [], origins: [] } });
    test('the sign-in page', async ({ page }) => {
      await expectNoBrokenResources(page, [{ path: '/sign-in' }, { path: '/no-such-page', notFound: true }]);
    });
  });
});
