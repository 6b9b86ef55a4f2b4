import { expect, test } from '@playwright/test';
import { chooseTheme, closeOverlay, expectAccessible } from './helpers';

test.describe('super-admin shell', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`clicks through the shell in ${theme} mode, axe clean`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/tenants$/); // the module's first item, no overview page
      await chooseTheme(page, theme);
      await expect(page.getByTestId('page-title')).toHaveText('Tenants');
      await expect(page.locator('tbody tr[data-testid^="row-"]').first()).toBeVisible();
      await expectAccessible(page, `tenants (${theme})`);

      // Secondary sidebar -> Custom Domains (fixed-column table)
      await page.getByTestId('nav-domains').click();
      await expect(page).toHaveURL(/\/domains$/);
      await expect(page.getByRole('cell', { name: 'voice.acme.localhost' })).toBeVisible();
      await expectAccessible(page, `domains (${theme})`);

      // Primary sidebar module opens its first item
      await page.getByTestId('module-tenants').click();
      await expect(page).toHaveURL(/\/tenants$/);

      // Detail with tabs; the Actions menu shows only the active tab's actions
      await page.getByRole('link', { name: /Acme Voice/ }).click();
      await expect(page.getByTestId('page-title')).toHaveText('Acme Voice');
      await expect(page.getByTestId('tenant-branding')).toContainText('#B45309');
      await page.getByTestId('page-actions').click();
      await expect(page.getByTestId('action-edit-branding')).toBeVisible();
      await expect(page.getByTestId('action-add-domain')).toHaveCount(0);
      await closeOverlay(page);
      await expectAccessible(page, `tenant detail (${theme})`);
      await page.getByTestId('tab-domains').click();
      await expect(page).toHaveURL(/tab=domains/);
      await page.getByTestId('page-actions').click();
      await expect(page.getByTestId('action-add-domain')).toBeVisible();
      await expect(page.getByTestId('action-edit-branding')).toHaveCount(0);
      await closeOverlay(page);
      await expect(page.getByRole('cell', { name: 'voice.acme.localhost' })).toBeVisible();
      await expectAccessible(page, `tenant domains (${theme})`);

      // Breadcrumb back to the list
      await page.getByTestId('crumb-0').click();
      await expect(page).toHaveURL(/\/tenants$/);

      // Global header: search, alerts, user menu
      await page.getByTestId('global-search').fill('domains');
      await page.getByTestId('search-result-domains').click();
      await expect(page).toHaveURL(/\/domains$/);
      await page.getByTestId('alerts-bell').click();
      await expect(page.getByTestId('alerts-panel')).toContainText('No alerts');
      await closeOverlay(page);
      await page.getByTestId('user-menu').click();
      await expect(page.getByTestId('user-role')).toContainText('super admin');
      await closeOverlay(page);
      await expect(page.getByTestId('sandbox-banner')).toBeVisible();
    });
  }

  test('sidebar collapses and stays collapsed after a reload', async ({ page }) => {
    await page.goto('/tenants');
    await expect(page.getByTestId('secondary-sidebar')).toHaveAttribute('data-collapsed', 'false');
    await page.getByTestId('sidebar-toggle').click();
    await expect(page.getByTestId('secondary-sidebar')).toHaveAttribute('data-collapsed', 'true');
    await page.reload();
    await expect(page.getByTestId('secondary-sidebar')).toHaveAttribute('data-collapsed', 'true');
    await page.getByTestId('sidebar-toggle').click();
  });
});

test.describe('tenants module', () => {
  test('creates a reseller, shows field errors, edits branding, adds and verifies a domain that then serves the portal, suspends it', async ({ page }) => {
    const slug = `e2e-${Date.now().toString(36)}`;
    await page.goto('/tenants');
    await page.getByTestId('new-tenant').click();
    await page.getByTestId('tenant-slug').fill('acme'); // taken
    await page.getByTestId('tenant-name').fill('E2E Telecom');
    await page.getByTestId('tenant-form-submit').click();
    await expect(page.getByText('"acme" is already used by another tenant')).toBeVisible();
    await expectAccessible(page, 'tenant form with errors');
    await page.getByTestId('tenant-slug').fill(slug);
    await page.getByTestId('tenant-form-submit').click();
    await expect(page.getByTestId('page-title')).toHaveText('E2E Telecom');

    await page.getByTestId('dock-edit-branding').click();
    await page.getByTestId('tenant-primaryColor').fill('#0F766E');
    await page.getByTestId('tenant-form-submit').click();
    await expect(page.getByTestId('tenant-branding')).toContainText('#0F766E');

    await page.getByTestId('tab-domains').click();
    await page.getByTestId('dock-add-domain').click();
    await page.getByTestId('domain-input').fill('admin.localhost');
    await page.getByTestId('domain-submit').click();
    await expect(page.getByTestId('domain-error')).toContainText('platform host');
    const domain = `portal.${slug}.localhost`;
    await page.getByTestId('domain-input').fill(domain);
    await page.getByTestId('domain-submit').click();
    await expect(page.getByRole('cell', { name: domain })).toBeVisible();

    const port = new URL(page.url()).port;
    const pending = await page.context().newPage();
    expect((await pending.goto(`http://${domain}:${port}/`))?.status()).toBe(404); // pending domains serve nothing
    await pending.close();

    await page.getByTestId(`verify-${domain}`).click();
    await expect(page.getByRole('row', { name: new RegExp(domain) })).toContainText('Verified');

    const portal = await page.context().newPage();
    await portal.goto(`http://${domain}:${port}/`);
    await expect(portal.getByTestId('sign-in-entry')).toContainText('E2E Telecom');
    await portal.close();

    await page.getByTestId('tab-branding').click();
    await page.getByTestId('page-actions').click();
    await page.getByTestId('action-toggle-status').click();
    await page.getByTestId('confirm-tenant-status').click();
    await expect(page.getByText('Suspended').first()).toBeVisible();
    const suspended = await page.context().newPage();
    const res = await suspended.goto(`http://${domain}:${port}/`);
    expect(res?.status()).toBe(404);
    await suspended.close();
  });

  test('pages through the tenant list with the footer', async ({ page }) => {
    await page.goto('/tenants');
    // Same-origin API calls from the page (Node's resolver does not know *.localhost).
    const statuses = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await fetch('/api/admin/tenants', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ slug: `page-${Date.now().toString(36)}-${i}`, name: `Paging Co ${i}`, primaryColor: '#334155', accentColor: '#0EA5E9' }),
        });
        out.push(res.status);
      }
      return out;
    });
    expect(statuses).toEqual(Array(12).fill(201));
    await page.goto('/tenants?q=Paging&limit=10');
    await expect(page.locator('tbody tr[data-testid^="row-"]')).toHaveCount(10);
    await expect(page.getByTestId('page-prev')).toBeDisabled();
    await page.getByTestId('page-next').click();
    await expect(page.locator('tbody tr[data-testid^="row-"]')).toHaveCount(2);
    await page.getByTestId('page-prev').click();
    await expect(page.locator('tbody tr[data-testid^="row-"]')).toHaveCount(10);
    await page.getByTestId('sort-name').click();
    await expect(page).toHaveURL(/sort=/);
  });
});

test.describe('jobs module', () => {
  test('starts a long demo job from the Jobs page and watches its progress bar reach 100 %, axe clean', async ({ page }) => {
    await page.goto('/jobs');
    await expect(page.getByTestId('page-title')).toHaveText('Jobs');
    await expectAccessible(page, 'jobs list');
    await page.getByTestId('jobs-start-demo').click();
    await page.getByTestId('demo-job-batches').fill('8');
    await page.getByTestId('demo-job-itemsPerBatch').fill('50');
    await page.getByTestId('demo-job-delayMs').fill('400');
    await expectAccessible(page, 'start demo job dialog');
    await page.getByTestId('demo-job-submit').click();
    await expect(page).toHaveURL(/\/jobs\/\d+/);
    const bar = page.getByTestId('job-progress-bar');
    await expect(bar).toBeVisible();
    // Progress is observed mid-way, then at the end.
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('job-progress-percent')).toContainText('100%', { timeout: 60_000 });
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expectAccessible(page, 'job detail');
    await page.getByTestId('tab-events').click();
    await expect(page.getByTestId('job-events')).toContainText(/completed/i);
    await page.getByTestId('nav-schedules').click();
    await expect(page.getByTestId('schedules-table')).toContainText('maintenance.reclaim-stuck');
    await expectAccessible(page, 'schedules');
  });
});

test.describe('staff sign-in', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('refuses a customer account on the admin host and signs staff out', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('customer-user@didtron.localhost');
    await page.getByLabel('Password').fill('didtron-sandbox');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('status-title')).toHaveText('You do not have access to this page');
    await page.context().clearCookies();

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('support@didtron.localhost');
    await page.getByLabel('Password').fill('didtron-sandbox');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('page-title')).toHaveText('Tenants');
    await expect(page.getByTestId('new-tenant')).toBeVisible(); // the UI offers it; the server refuses it for support
    const status = await page.evaluate(async () => (await fetch('/api/admin/tenants', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ slug: 'nope-support', name: 'Nope', primaryColor: '#111111', accentColor: '#222222' }) })).status);
    expect(status).toBe(403);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-sign-out').click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/tenants');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Ftenants$/);
  });
});
