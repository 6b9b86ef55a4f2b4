import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test.describe('customer portal (root brand)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`shows its shell and sign-in entry in ${theme} mode, axe clean`, async ({ page }) => {
      await page.goto('/');
      await chooseTheme(page, theme);
      await expect(page.getByTestId('primary-sidebar')).toBeVisible();
      await expect(page.getByTestId('sign-in-entry')).toContainText('Sign in to DIDTron');
      await expect(page.getByTestId('health-status')).toContainText('All systems operational');
      await expectAccessible(page, `customer portal (${theme})`);
      await page.getByTestId('sign-in-link').click();
      await expect(page.getByTestId('auth-brand-name')).toHaveText('DIDTron');
      await expectAccessible(page, `customer auth entry (${theme})`);
    });
  }
});
