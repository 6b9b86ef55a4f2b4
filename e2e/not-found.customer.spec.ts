import { expect, test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address in the customer portal answers 404 inside the portal frame, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-page', { frame: 'primary-sidebar', brandName: 'DIDTron', title: /^Page not found · DIDTron$/ });
});

test('the root brand is named once in the portal title ("DIDTron", never "DIDTron · DIDTron")', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('DIDTron');
});
