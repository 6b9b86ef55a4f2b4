import { expect, test } from '@playwright/test';
import { signUpToActiveAccount } from './auth-flow';
import { expectAccessible } from './helpers';

test('sign-up host shows the root brand entry, axe clean', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('auth-brand-name')).toHaveText('DIDTron');
  await expectAccessible(page, 'sign-up entry');
});

test('a new customer signs up, verifies, onboards, enables 2FA and signs in with it, landing in the customer portal', async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  await signUpToActiveAccount(page, { authBase: '', portalUrl: `http://switch.pbx.localhost:${port}/`, brandName: 'DIDTron' });
});
