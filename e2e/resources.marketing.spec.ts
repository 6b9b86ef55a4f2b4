import { expect, test } from '@playwright/test';
import { expectNoBrokenResources } from './resources';

test('the marketing site requests no resource that answers 4xx/5xx', async ({ page }) => {
  await expectNoBrokenResources(page, [{ path: '/' }, { path: '/no-such-page', notFound: true }]);
});

test('the check itself fails, naming the URL and status, when a page requests a missing resource', async ({ page }) => {
  await page.route('**/icon.svg*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await expect(expectNoBrokenResources(page, [{ path: '/' }])).rejects.toThrow(/\/: 404 .*icon\.svg/);
});
