import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Rate plans in the admin console (issue 13 items 1 and 7): a plan created through the screens, rows
 * added to its draft (a bad rate answered under its field), the draft published after a
 * confirmation (read-only from then on), rows found by the prefix and destination typeahead; the
 * pages axe clean in both themes.
 */

test('an admin creates a plan, adds rows to the draft, publishes it with confirmation and searches its rows', async ({ page }) => {
  const name = `E2E Sell ${Date.now().toString(36)}`;
  await page.goto('/rates/plans');
  await expect(page.getByRole('heading', { name: 'Rate plans' })).toBeVisible();
  await page.getByTestId('new-rate-plan').click();
  await page.getByTestId('rate-plan-form-name').fill(name);
  await page.getByTestId('rate-plan-form-kind').selectOption('sell');
  await page.getByTestId('rate-plan-form-currency').selectOption('EUR');
  await page.getByTestId('rate-plan-form-precision').fill('5');
  await page.getByTestId('rate-plan-form-submit').click();
  await expect(page).toHaveURL(/\/rates\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('rate-plan-currency')).toHaveText('EUR');
  await expect(page.getByTestId('rate-plan-precision')).toContainText('5 decimals');

  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByTestId('rate-plan-new-draft').click();
  await expect(page.getByTestId('rate-rows-table')).toBeVisible();

  const addRow = async (prefix: string, destination: string, rate: string) => {
    await page.getByTestId('rate-row-add').click();
    await page.getByTestId('rate-row-form-prefix').fill(prefix);
    await page.getByTestId('rate-row-form-destination').fill(destination);
    await page.getByTestId('rate-row-form-rate').fill(rate);
    await page.getByTestId('rate-row-form-submit').click();
    await expect(page.getByTestId('rate-row-form')).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: destination })).toHaveCount(1);
  };
  // A float-looking rate with too many decimals is refused under its field, nothing is added.
  await page.getByTestId('rate-row-add').click();
  await page.getByTestId('rate-row-form-prefix').fill('4420');
  await page.getByTestId('rate-row-form-destination').fill('United Kingdom - London');
  await page.getByTestId('rate-row-form-rate').fill('0.01234567');
  await page.getByTestId('rate-row-form-submit').click();
  await expect(page.getByTestId('rate-row-form')).toContainText('at most 6 decimal places');
  await expectAccessible(page, 'row form with an error');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await addRow('4420', 'United Kingdom - London', '0.0061');
  await addRow('447', 'United Kingdom - Mobile', '0.0215');
  await addRow('336', 'France - Mobile', '0.0310');

  // Delete asks first.
  await page.getByTestId('rate-row-delete-336').click();
  await page.getByTestId('rate-row-delete-confirm-cancel').click();
  await expect(page.getByRole('row').filter({ hasText: 'France - Mobile' })).toHaveCount(1);
  await page.getByTestId('rate-row-delete-336').click();
  await page.getByTestId('rate-row-delete-confirm').click();
  await expect(page.getByRole('row').filter({ hasText: 'France - Mobile' })).toHaveCount(0);

  // Publish, with confirmation.
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByTestId('rate-version-1-publish').click();
  await expect(page.getByRole('alertdialog')).toContainText('2 rows');
  await expectAccessible(page, 'publish confirmation');
  await page.getByTestId('rate-publish-confirm').click();
  await expect(page.getByTestId('rate-version-1')).toContainText('Published');

  // The published rows are read-only, and found by prefix or destination.
  await page.getByTestId('rate-version-1-rows').click();
  await expect(page.getByTestId('rate-rows-read-only')).toBeVisible();
  await expect(page.getByTestId('rate-row-add')).toHaveCount(0);
  const search = page.getByRole('searchbox', { name: 'Search rows by prefix or destination' });
  await search.fill('+44 7');
  await expect(page.getByRole('row').filter({ hasText: 'United Kingdom - Mobile' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'London' })).toHaveCount(0);
  await search.fill('lond');
  await expect(page.getByRole('row').filter({ hasText: 'United Kingdom - London' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Mobile' })).toHaveCount(0);

  // The list finds the plan by name and by the kind/currency filters in the URL.
  await page.goto(`/rates/plans?kind=sell&currency=EUR&q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the rate plan pages are axe clean in ${theme} mode`, async ({ page }) => {
    await page.goto('/rates/plans');
    await chooseTheme(page, theme);
    await expect(page.getByRole('row').filter({ hasText: 'Wholesale A-Z USD' })).toHaveCount(1);
    await expectAccessible(page, `rate plans (${theme})`);
    await page.getByRole('row').filter({ hasText: 'Wholesale A-Z USD' }).getByRole('link').first().click();
    await expect(page.getByTestId('rate-plan-overview')).toBeVisible();
    await expectAccessible(page, `rate plan overview (${theme})`);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByTestId('rate-versions-table')).toContainText('Draft');
    await expectAccessible(page, `rate plan versions (${theme})`);
    await page.getByRole('tab', { name: 'Rows' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'United States - New York' }).first()).toBeVisible();
    await expectAccessible(page, `rate plan rows (${theme})`);
  });
}
