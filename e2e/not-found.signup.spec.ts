import { expect, test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address on the sign-up host answers 404 inside the sign-in frame, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-page', { frame: 'auth-brand-name', brandName: 'DIDTron', title: /^Page not found · DIDTron$/ });
});

test('the root brand is named once in the sign-in titles', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Sign in · DIDTron');
  await page.goto('/sign-up');
  await expect(page).toHaveTitle('Create an account · DIDTron');
});
