import { expect, test } from '@playwright/test';
import { closeOverlay, expectAccessible } from './helpers';

/** What a new customer meets in their first hour on the root brand's portal (switch.pbx.<root>). */
test.describe('customer portal, first hour', () => {
  test('the alerts panel names no staff page a customer cannot open', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('alerts-bell').click();
    const panel = page.getByTestId('alerts-panel');
    await expect(panel).toContainText('No alerts');
    await expect(panel).not.toContainText('System Status');
    await expect(panel.getByRole('link')).toHaveCount(0);
    await closeOverlay(page);
  });

  test('security settings open inside the portal frame, with its header and navigation, axe clean', async ({ page }) => {
    await page.goto('/auth/sign-in');
    await page.getByLabel('Email').fill('customer-admin@didtron.localhost');
    await page.getByLabel('Password').fill('didtron-sandbox');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('portal-welcome')).toBeVisible();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-security').click();
    await expect(page.getByTestId('security-settings')).toBeVisible();
    await expect(page.getByTestId('page-title')).toHaveText('Security');
    // Still the portal: its sidebar, global header and account menu stay around the settings.
    await expect(page.getByTestId('primary-sidebar')).toBeVisible();
    await expect(page.getByTestId('alerts-bell')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expect(page.getByTestId('auth-brand-name')).toHaveCount(0);
    await expectAccessible(page, 'customer security settings');

    // The old address still works (bookmarks, links in earlier emails) and lands in the same frame.
    await page.goto('/auth/settings/security');
    await expect(page.getByTestId('security-settings')).toBeVisible();
    await expect(page.getByTestId('primary-sidebar')).toBeVisible();
  });
});
