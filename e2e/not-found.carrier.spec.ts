import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address in the carrier portal answers 404 under the platform header with the way back, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-page', { frame: 'not-found-brand', brandName: 'DIDTron', title: /^Page not found · DIDTron Carrier$/ });
});
