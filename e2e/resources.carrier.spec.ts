import { test } from '@playwright/test';
import { expectNoBrokenResources } from './resources';

test('the carrier portal requests no resource that answers 4xx/5xx', async ({ page }) => {
  await expectNoBrokenResources(page, [{ path: '/' }, { path: '/no-such-page', notFound: true }]);
});
