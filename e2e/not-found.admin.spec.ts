import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address on the staff host answers 404 under the platform header with the way back, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-module/page', { frame: 'not-found-brand', brandName: 'DIDTron', title: /^Page not found · DIDTron$/ });
});
