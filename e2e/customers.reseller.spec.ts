import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/** A reseller's tenant admin (Acme Voice, on voice.acme.localhost) manages its brand's customer accounts only. */

async function signInAsAcmeAdmin(page: Page) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill('tenant-admin@acme.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('brand-home')).toBeVisible();
}

test('the Acme admin creates a customer account on its own host and never sees the root brand’s', async ({ page }) => {
  await signInAsAcmeAdmin(page);
  await page.goto('/customers');
  await expect(page.getByRole('row').filter({ hasText: 'Redwood Dental Group' })).toHaveCount(1);
  // Seeded for the root brand: not on this brand's list, nor found by search.
  await expect(page.getByRole('row').filter({ hasText: 'Northwind Traders Ltd' })).toHaveCount(0);
  await page.goto(`/customers?q=${encodeURIComponent('Dental')}`);
  await expect(page.getByRole('row').filter({ hasText: 'Redwood Dental Group' })).toHaveCount(1);
  await page.goto(`/customers?q=${encodeURIComponent('Northwind')}`);
  await expect(page.getByTestId('reset-list').first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Northwind' })).toHaveCount(0);

  const company = `Acme Client ${Date.now().toString(36)}`;
  await page.goto('/customers');
  await page.getByTestId('new-customer').click();
  await page.getByTestId('customer-company').fill(company);
  await page.getByTestId('customer-contact').fill('Ana Souza');
  await page.getByTestId('customer-email').fill('ap@acme-client.example');
  await page.getByTestId('customer-country').selectOption('PT');
  await page.getByTestId('customer-currency').selectOption('EUR');
  await page.getByTestId('customer-category').selectOption({ label: 'Call Center' });
  await page.getByTestId('customer-form-submit').click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('customer-overview')).toContainText('Acme Voice');
  await expect(page.getByTestId('customer-overview')).toContainText(company);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the reseller's customer pages are axe clean in ${theme} mode`, async ({ page }) => {
    await signInAsAcmeAdmin(page);
    await page.goto('/customers');
    await chooseTheme(page, theme);
    await expect(page.getByRole('row').filter({ hasText: 'Redwood Dental Group' })).toHaveCount(1);
    await expectAccessible(page, `reseller customers (${theme})`);
    await page.getByRole('row').filter({ hasText: 'Redwood Dental Group' }).getByRole('link').first().click();
    await expect(page.getByTestId('customer-overview')).toBeVisible();
    await expectAccessible(page, `reseller customer detail (${theme})`);
  });
}
