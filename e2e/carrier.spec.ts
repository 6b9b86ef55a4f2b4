import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test('carrier portal shows its shell and sign-in entry, axe clean in light and dark', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-portal="carrier"]')).toBeVisible();
  await expect(page.getByTestId('sign-in-entry')).toBeVisible();
  await expectAccessible(page, 'carrier (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'carrier (dark)');
});
