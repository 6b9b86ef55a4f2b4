import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test('docs render the markdown pages kept in the repo', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('doc-article').getByRole('heading', { level: 1 })).toHaveText('Getting started');
  await expectAccessible(page, 'docs home');
  await page.getByTestId('docs-nav-rating').click();
  await expect(page).toHaveURL(/\/rating$/);
  await expect(page.getByRole('cell', { name: '60/6', exact: true })).toBeVisible();
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'docs rating (dark)');
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
});
