import { test } from '@playwright/test';
import { expectNoBrokenResources } from './resources';

test('the documentation requests no resource that answers 4xx/5xx', async ({ page }) => {
  await expectNoBrokenResources(page, [
    { path: '/' },
    { path: '/portals' },
    { path: '/rating' },
    { path: '/white-label' },
    { path: '/api-basics' },
    { path: '/api' },
    { path: '/no-such-page', notFound: true },
  ]);
});
