import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address in the staff console answers 404 inside the console frame, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no-such-module/page', { frame: 'primary-sidebar', brandName: 'DIDTron Admin', title: /^Page not found · DIDTron Admin$/ });
});
