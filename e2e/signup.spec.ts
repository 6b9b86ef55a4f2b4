import { expect, test } from '@playwright/test';
import { signUpToPortal, turnOnTwoFactor, type Account, type BrandHost } from './auth-flow';
import { expectAccessible } from './helpers';

test('sign-up host shows the root brand entry, axe clean', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('auth-brand-name')).toHaveText('DIDTron');
  await expectAccessible(page, 'sign-up entry');
});

test.describe.serial('a new customer', () => {
  let account: Account;
  const host = (baseURL: string): BrandHost => ({ authBase: '', portalUrl: `http://switch.pbx.localhost:${new URL(baseURL).port}/`, brandName: 'DIDTron' });
  test('signs up, verifies and onboards, landing in the customer portal', async ({ page, baseURL }) => {
    account = await signUpToPortal(page, host(baseURL!));
  });
  test('enables 2FA and signs in with it', async ({ page, baseURL }) => {
    await turnOnTwoFactor(page, host(baseURL!), account);
  });
});
