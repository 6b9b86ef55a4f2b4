import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

test('sign-up host shows the root brand entry, axe clean', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('auth-brand-name')).toHaveText('DIDTron');
  await expectAccessible(page, 'sign-up entry');
});
