import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address in the carrier portal answers 404 inside the carrier frame, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-page', { frame: 'primary-sidebar', brandName: 'DIDTron Carrier', title: /^Page not found · DIDTron Carrier$/ });
});
