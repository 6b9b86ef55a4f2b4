import { expect, test } from '@playwright/test';
import { signUpToActiveAccount } from './auth-flow';
import { chooseTheme, expectAccessible } from './helpers';

test.describe('reseller custom domain (Acme Voice)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`is branded as the reseller in ${theme} mode, axe clean`, async ({ page }) => {
      await page.goto('/');
      await chooseTheme(page, theme);
      await expect(page).toHaveTitle(/Acme Voice/);
      await expect(page.getByTestId('sign-in-entry')).toContainText('Sign in to Acme Voice');
      await expect(page.getByTestId('brand-home').locator('img')).toHaveAttribute('src', '/brand/acme.svg');
      const primary = await page.locator('[data-portal="customer"]').evaluate((el) => getComputedStyle(el).getPropertyValue('--primary').trim());
      expect(primary.toLowerCase()).not.toBe('#2563eb');
      await expectAccessible(page, `reseller portal (${theme})`);
      await page.goto('/auth');
      await expect(page.getByTestId('auth-brand-name')).toHaveText('Acme Voice');
      await expect(page.getByTestId('auth-support-email')).toHaveText('help@acme.example');
      await expectAccessible(page, `reseller auth (${theme})`);
    });
  }
});

test('a reseller customer signs up on the custom domain and lands in the Acme-branded portal with 2FA on', async ({ page, baseURL }) => {
  test.setTimeout(120_000); // the whole account lifecycle: a dozen pages and two emails
  await signUpToActiveAccount(page, { authBase: '/auth', portalUrl: new URL('/', baseURL!).toString(), brandName: 'Acme Voice' });
});
