import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test.describe('customer portal (root brand)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`shows its shell and sign-in entry in ${theme} mode, axe clean`, async ({ page }) => {
      await page.goto('/');
      await chooseTheme(page, theme);
      await expect(page.getByTestId('primary-sidebar')).toBeVisible();
      await expect(page.getByTestId('sign-in-entry')).toContainText('Sign in to DIDTron');
      // The platform's level in plain words (System Status decides it); customers are never sent to a staff page.
      await expect(page.getByTestId('health-status')).toHaveText(/^(All systems operational|Some services degraded|Service disruption)$/);
      await expect(page.getByTestId('health-status').getByRole('link')).toHaveCount(0);
      await expectAccessible(page, `customer portal (${theme})`);
      await page.getByTestId('sign-in-link').click();
      await expect(page.getByTestId('auth-brand-name')).toHaveText('DIDTron');
      await expectAccessible(page, `customer auth entry (${theme})`);
    });
  }
});
