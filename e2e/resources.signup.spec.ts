import { test } from '@playwright/test';
import { expectNoBrokenResources } from './resources';

test('the sign-up host requests no resource that answers 4xx/5xx', async ({ page }) => {
  await expectNoBrokenResources(page, [
    { path: '/' },
    { path: '/sign-in' },
    { path: '/sign-up' },
    { path: '/forgot-password' },
    { path: '/dev/mail' },
    { path: '/no-such-page', notFound: true },
  ]);
});
