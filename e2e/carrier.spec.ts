import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test("an anonymous visitor is sent to the carrier portal's own sign-in on its own host, axe clean in light and dark", async ({ page, baseURL }) => {
  await page.goto('/');
  await expect(page).toHaveURL(`${baseURL}/sign-in`);
  await expect(page.locator('[data-portal="carrier"]')).toBeVisible();
  await expect(page.getByTestId('sign-in')).toContainText('Sign in to the DIDTron carrier portal');
  // Customers are pointed at their own portal before they even try.
  await expect(page.getByTestId('customer-sign-in-link')).toHaveAttribute('href', /^http:\/\/pbx\.localhost:\d+\/sign-in$/);
  await expectAccessible(page, 'carrier sign-in (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'carrier sign-in (dark)');

  // A deep link comes back after signing in.
  await page.goto('/security');
  await expect(page).toHaveURL(`${baseURL}/sign-in?next=%2Fsecurity`);
});
