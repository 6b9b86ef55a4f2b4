import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/** The super admin's customer accounts (issue 11): create with per-field errors, detail tabs, edit; axe in both themes. */

test('an admin creates a customer account (field errors first), opens it and edits it', async ({ page }) => {
  const company = `E2E Trading ${Date.now().toString(36)}`;
  await page.goto('/customers');
  await expect(page.getByRole('heading', { name: 'Customer accounts' })).toBeVisible();
  await page.getByTestId('new-customer').click();
  await page.getByTestId('customer-form-submit').click();
  // The client runs the server's schema: each field names its problem.
  await expect(page.getByTestId('customer-form')).toContainText('enter the company name');
  await expect(page.getByTestId('customer-form')).toContainText('choose a category');

  await page.getByTestId('customer-company').fill(company);
  await page.getByTestId('customer-contact').fill('Grace Hopper');
  await page.getByTestId('customer-email').fill('Billing@E2E-Trading.example');
  await page.getByTestId('customer-country').selectOption('GB');
  await page.getByTestId('customer-currency').selectOption('GBP');
  await page.getByTestId('customer-billing-model').selectOption('postpaid');
  await page.getByTestId('customer-category').selectOption({ label: 'Enterprise' });
  // The credit limit is an amount of the billing currency: more decimals than GBP has are refused.
  await page.getByTestId('customer-credit-limit').fill('2,500.001');
  await page.getByTestId('customer-form-submit').click();
  await expect(page.getByTestId('customer-form')).toContainText('GBP has 2 decimal places: 3 given');
  await page.getByTestId('customer-credit-limit').fill('2,500.50 GBP');
  await page.getByTestId('customer-form-submit').click();

  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('customer-overview')).toContainText(company);
  await expect(page.getByTestId('customer-overview')).toContainText('billing@e2e-trading.example');
  await expect(page.getByTestId('customer-billing')).toContainText('Postpaid, credit limit 2,500.50 GBP');
  await expect(page.getByTestId('customer-account-number')).toHaveText(/^\d{6,12}$/);

  await page.getByTestId('customer-edit').click();
  await expect(page.getByTestId('customer-credit-limit')).toHaveValue('2500.50');
  await page.getByTestId('customer-company').fill(`${company} Ltd`);
  await page.getByTestId('customer-form-submit').click();
  await expect(page.getByTestId('customer-overview')).toContainText(`${company} Ltd`);

  // Found again by search, through the trigram index.
  await page.goto(`/customers?q=${encodeURIComponent(company.toLowerCase())}`);
  await expect(page.getByRole('row').filter({ hasText: `${company} Ltd` })).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the customer pages are axe clean in ${theme} mode`, async ({ page }) => {
    await page.goto('/customers');
    await chooseTheme(page, theme);
    await expect(page.getByRole('row').filter({ hasText: 'Northwind Traders Ltd' })).toHaveCount(1);
    await expectAccessible(page, `customers (${theme})`);
    await page.getByRole('row').filter({ hasText: 'Northwind Traders Ltd' }).getByRole('link').first().click();
    await expect(page.getByTestId('customer-overview')).toBeVisible();
    await expectAccessible(page, `customer detail (${theme})`);
    await page.getByRole('tab', { name: 'Users' }).click();
    await expect(page.getByTestId('customer-users-table')).toContainText('customer-admin@didtron.localhost');
    await expectAccessible(page, `customer users (${theme})`);
    await page.getByRole('tab', { name: 'Audit' }).click();
    await expectAccessible(page, `customer audit (${theme})`);
    await page.goto('/customers/categories');
    await expect(page.getByTestId('category-sip_trunk')).toBeVisible();
    await expectAccessible(page, `customer categories (${theme})`);
    await page.goto('/customers/groups');
    await expect(page.getByRole('row').filter({ hasText: 'Key accounts' })).toHaveCount(1);
    await expectAccessible(page, `customer groups (${theme})`);
  });
}

test('the super admin creates a customer account in a reseller brand through the searching brand picker', async ({ page }) => {
  const company = `E2E Reseller Co ${Date.now().toString(36)}`;
  await page.goto('/customers');
  await page.getByTestId('new-customer').click();
  const brand = page.getByTestId('customer-brand');
  await expect(brand).toHaveValue('DIDTron');
  await brand.click();
  await brand.pressSequentially('acme');
  await expect(page.getByTestId('customer-brand-option-acme')).toBeVisible();
  await expectAccessible(page, 'customer dialog brand picker (light)');
  await brand.press('Enter');
  await expect(brand).toHaveValue('Acme Voice');
  await page.getByTestId('customer-company').fill(company);
  await page.getByTestId('customer-contact').fill('Ada Lovelace');
  await page.getByTestId('customer-email').fill(`billing-${Date.now().toString(36)}@reseller.example`);
  await page.getByTestId('customer-country').selectOption('GB');
  await page.getByTestId('customer-category').selectOption({ label: 'Individual' });
  await page.getByTestId('customer-form-submit').click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await page.goto(`/customers?q=${encodeURIComponent(company.toLowerCase())}`);
  await expect(page.getByRole('row').filter({ hasText: company })).toContainText('Acme Voice');
});
