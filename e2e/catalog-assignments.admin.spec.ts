import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/** Issue 11: a catalogue item's Assignments tab adds and removes assignments through /api/v1/assignments. */

test('an admin offers a POP to a category and to one customer from its Assignments tab, then removes one after confirming', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/catalog/pops');
  await page.getByRole('link', { name: 'London' }).click();
  await page.getByTestId('tab-assignments').click();

  // A target is required below ALL: the form says so.
  await page.getByTestId('catalog-assignment-add').click();
  await page.getByTestId('catalog-assignment-level').selectOption('category');
  await page.getByTestId('catalog-assignment-submit').click();
  await expect(page.getByTestId('catalog-assignment-error')).toHaveText('Choose the category to assign to.');
  await page.getByTestId('catalog-assignment-target').selectOption({ label: 'Call Center' });
  await page.getByTestId('catalog-assignment-submit').click();
  await expect(page.getByTestId('catalog-assignments')).toContainText('Call Center');

  await page.getByTestId('catalog-assignment-add').click();
  await page.getByTestId('catalog-assignment-level').selectOption('customer');
  await page.getByTestId('catalog-assignment-search').fill('northwind');
  await page.getByTestId('catalog-assignment-target').selectOption({ index: 1 });
  await page.getByTestId('catalog-assignment-value').selectOption('false');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `catalogue assignments form (${theme})`);
  }
  await page.getByTestId('catalog-assignment-submit').click();
  const customerRow = page.getByRole('row').filter({ hasText: 'Northwind Traders Ltd' });
  await expect(customerRow).toContainText('Withheld');

  // The "saved" toast leaves first: axe must not catch it mid-exit behind the dialog's overlay.
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  await customerRow.getByRole('button', { name: /Remove the assignment/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Remove the assignment to customer Northwind Traders Ltd?');
  await expectAccessible(page, 'remove assignment confirmation (dark)');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(customerRow).toHaveCount(1);
  await customerRow.getByRole('button', { name: /Remove the assignment/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove assignment' }).click();
  await expect(customerRow).toHaveCount(0);
  await expect(page.getByTestId('catalog-assignments')).toContainText('Call Center');
});

test('the Trash has one tab per kind, kept in the URL', async ({ page }) => {
  await page.goto('/catalog/trash?tab=codecs');
  await expect(page.getByTestId('tab-codecs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('trash-table').first()).toBeVisible();
  await page.getByTestId('tab-did-providers').click();
  await expect(page).toHaveURL(/[?&]tab=did-providers/);
  await expect(page.getByTestId('tab-did-providers')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('tab-pops').click();
  await expect(page).toHaveURL(/\/catalog\/trash$/);
});
