import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address on the marketing site answers 404 under the site header, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-page', { frame: 'site-home', brandName: 'DIDTron', title: /^Page not found · DIDTron$/ });
});
