import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test('marketing home presents the products, axe clean in light and dark', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('pay for only when you use it');
  for (const product of ['Voice termination in four quality tiers', 'DIDs with automated KYC', 'Cloud PBX', 'AI voice agents', 'SIP trunks', 'Class 4 softswitch for carriers', 'SIP tester']) {
    await expect(page.getByRole('heading', { name: product })).toBeVisible();
  }
  await expect(page.getByText('No subscriptions, ever.')).toBeVisible();
  await expectAccessible(page, 'marketing (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'marketing (dark)');
  await expect(page.getByTestId('cta-sign-up')).toHaveAttribute('href', /pbx\.localhost/);
});
