import { test } from '@playwright/test';
import { expectNoBrokenResources, signInOnPortalHost } from './resources';

test.describe('the customer portal (root brand) requests no resource that answers 4xx/5xx', () => {
  test('signed out', async ({ page }) => {
    await expectNoBrokenResources(page, [{ path: '/' }, { path: '/auth/sign-in' }, { path: '/no-such-page', notFound: true }]);
  });

  test('signed in', async ({ page }) => {
    await signInOnPortalHost(page, 'customer-admin@didtron.localhost');
    await expectNoBrokenResources(page, [{ path: '/' }, { path: '/settings/security' }, { path: '/no-such-page', notFound: true }]);
  });
});
