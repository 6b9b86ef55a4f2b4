import { expect, test } from '@playwright/test';
import { chooseTheme, closeOverlay, expectAccessible } from './helpers';

/** Experience Manager -> Component Library: every shared component with a live preview. */
test.describe('component library', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`opens from the sidebar and is axe clean in ${theme} mode, with a dialog open too`, async ({ page }) => {
      // Two axe scans of a long page (every component): 53 s of the default 60 s with the machine's load average at 25.
      await page.goto('/');
      await chooseTheme(page, theme);
      await page.getByTestId('module-experience').click();
      await expect(page).toHaveURL(/\/experience\/components$/);
      await expect(page.getByTestId('page-title')).toHaveText('Component Library');
      await expect(page.getByTestId('component-button-preview').getByRole('button', { name: 'Destructive' })).toBeVisible();
      await expectAccessible(page, `component library (${theme})`);

      // The Code tab of a card (keyboard: arrow keys move between Radix tabs).
      await page.getByTestId('component-badge-tab-preview').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('component-badge-code')).toContainText("import { Badge } from '@/components/ui/badge'");
      await page.getByTestId('complib-dialog-open').click();
      await expect(page.getByRole('dialog', { name: 'Rename tenant' })).toBeVisible();
      await expectAccessible(page, `component library with a dialog (${theme})`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  }

  test('previews are live: a dialog saves, toasts fire, a menu opens, a table pages and sorts', async ({ page }) => {
    await page.goto('/experience/components');

    await page.getByTestId('complib-dialog-open').click();
    await page.getByTestId('complib-dialog-save').click();
    await expect(page.getByText('Renamed (example only)')).toBeVisible();

    await page.getByTestId('complib-toast-success').click();
    await expect(page.getByText('Customer created (example)')).toBeVisible();

    await page.getByTestId('complib-dropdown-open').click();
    await expect(page.getByTestId('complib-dropdown-edit')).toBeVisible();
    await closeOverlay(page);

    await page.getByTestId('complib-confirm-open').click();
    await page.getByTestId('complib-confirm').click();
    await expect(page.getByText('User disabled (example only)')).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    const table = page.getByTestId('component-data-table');
    await expect(table.getByTestId('page-range')).toHaveText('Showing 1–10');
    const firstRow = table.locator('tbody tr').first();
    await expect(firstRow).toContainText('Acme Voice');
    await table.getByTestId('page-next').click();
    await expect(table.getByTestId('page-range')).toHaveText('Showing 11–20');
    await table.getByTestId('sort-balance').click();
    await expect(table.getByTestId('page-range')).toHaveText('Showing 1–10');
    await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Balance/);
    await table.getByTestId('table-search').fill('nordic');
    await expect(table.locator('tbody tr')).toHaveCount(3);
  });

  test('the index filters the cards, says how many match, and copies code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/experience/components');
    await page.getByTestId('complib-filter').fill('dialogtitle');
    await expect(page.getByTestId('complib-count')).toHaveText(/^2 of \d+ components$/);
    await expect(page.getByTestId('component-dialog')).toBeVisible();
    await expect(page.getByTestId('component-button')).toHaveCount(0);
    await page.getByTestId('complib-index-dialog').click();
    await expect(page).toHaveURL(/#component-dialog$/);

    await page.getByTestId('component-dialog-copy').click();
    await expect(page.getByText('Code of Dialog copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<DialogTitle>New tenant</DialogTitle>');

    await page.getByTestId('complib-filter').fill('no such component');
    await expect(page.getByTestId('complib-empty')).toBeVisible();
    await page.getByTestId('complib-filter-clear').click();
    await expect(page.getByTestId('component-button')).toBeVisible();
  });
});
