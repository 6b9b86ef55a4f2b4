import { test } from '@playwright/test';
import { expectPortalNotFound } from './brand-checks';

test('an unknown address in the docs answers 404 under the docs header, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/no/such/page', { frame: 'docs-home', brandName: 'DIDTron Docs', title: /^Page not found · DIDTron$/ });
});
