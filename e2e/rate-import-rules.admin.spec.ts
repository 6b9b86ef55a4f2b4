import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { api, chooseTheme, expectAccessible } from './helpers';

/**
 * Supplier import rules from the admin console (issue 13 item 4): a rule set made in its form (a bad
 * percent refused under its rule first), chosen on a buy plan, an XLSX deck whose rows breach two rules
 * (an increase at one day's notice is rejected, a 25 % decrease is imported blocked), the breaches
 * in the import's report, and the set refused deletion while the plan uses it; axe clean in both themes.
 */

const day = 86_400_000;
const dateIn = (days: number) => new Date(Math.floor((Date.now() + days * day) / day) * day);

test('an admin makes a rule set, chooses it on a supplier plan and reads the breaches of a deck', async ({ page }) => {
  await page.goto('/rates/rules');
  await expect(page.getByTestId('rule-sets-table')).toContainText('Standard supplier terms');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `import rules (${theme})`);
  }

  const name = `E2E rules ${Date.now().toString(36)}`;
  await page.getByTestId('new-rule-set').click();
  const form = page.getByTestId('rule-set-form');
  await expect(form).toBeVisible();
  await page.getByTestId('rule-set-name').fill(name);
  await page.getByTestId('rule-increaseNotice-action').selectOption('reject');
  await page.getByTestId('rule-maxDecrease-value').fill('12.345');
  await page.getByTestId('rule-maxDecrease-action').selectOption('block');
  await page.getByTestId('rule-set-form-submit').click();
  await expect(page.getByTestId('rule-maxDecrease-error')).toContainText('at most 2 decimals');
  await expect(page.getByTestId('rule-maxDecrease-value')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'rule set form with a refused percent (dark)');
  await page.getByTestId('rule-maxDecrease-value').fill('20');
  await page.getByTestId('rule-set-form-submit').click();
  await expect(form).toHaveCount(0);
  const row = page.getByTestId('rule-sets-table').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Rate increase notice 7 days: Reject rate');
  await expect(row).toContainText('Maximum decrease 20.00 %: Block rate');

  // A supplier plan with a live version, then the rule set chosen in its Edit form.
  const plan = await api<{ id: string }>(page, 'POST', '/api/v1/rate-plans', { name: `E2E Rules plan ${Date.now().toString(36)}`, kind: 'buy', currency: 'EUR', precision: 4 });
  const version = await api<{ id: string }>(page, 'POST', `/api/v1/rate-plans/${plan.id}/versions`, {});
  await api(page, 'POST', `/api/v1/rate-plan-versions/${version.id}/rows`, {
    rows: [
      { prefix: '44', destination: 'United Kingdom', rate: '0.0100', effectiveFrom: '2026-01-01T00:00:00Z' },
      { prefix: '4420', destination: 'United Kingdom - London', rate: '0.0200', effectiveFrom: '2026-01-01T00:00:00Z' },
    ],
  });
  await api(page, 'POST', `/api/v1/rate-plan-versions/${version.id}/publish`, {});
  await page.goto(`/rates/plans/${plan.id}`);
  await expect(page.getByTestId('rate-plan-import-rules')).toContainText('None');
  await page.getByTestId('rate-plan-edit').click();
  await page.getByTestId('rate-plan-form-importRuleSetId').selectOption({ label: name });
  await page.getByTestId('rate-plan-form-submit').click();
  await expect(page.getByTestId('rate-plan-import-rules')).toContainText(name);

  // The deck, as the carrier's XLSX workbook: 44 up at one day's notice (rejected), 4420 down 25 %
  // (blocked), 49 new with notice. Rates are number cells, dates date cells.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Rates');
  sheet.addRow(['Code', 'Destination', 'Rate', 'Effective Date']);
  sheet.addRow([44, 'United Kingdom', 0.012, dateIn(1)]);
  sheet.addRow([4420, 'United Kingdom - London', 0.015, dateIn(30)]);
  sheet.addRow([49, 'Germany', 0.009, dateIn(30)]);
  const deck = Buffer.from(await book.xlsx.writeBuffer());
  await page.goto(`/rates/plans/${plan.id}?tab=imports`);
  await page.getByTestId('rate-plan-import').click();
  await page.getByTestId('import-deck-file').setInputFiles({ name: 'rules-deck.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: deck });
  await page.getByTestId('import-deck-submit').click();
  await expect(page).toHaveURL(/\/rates\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-status')).toContainText('Ready to publish', { timeout: 60_000 });
  const breaches = page.getByTestId('import-breaches');
  await expect(breaches).toContainText(name);
  await expect(page.getByTestId('import-breach-counts')).toContainText('Reject rate: 1');
  await expect(page.getByTestId('import-breach-counts')).toContainText('Block rate: 1');
  const table = page.getByTestId('import-breaches-table');
  await expect(table.getByRole('row').filter({ hasText: 'Rate increase notice' })).toContainText('less than 7 days after the deck arrived');
  await expect(table.getByRole('row').filter({ hasText: 'Maximum decrease' })).toContainText('-25.00 %, above the maximum of 20.00 %');
  // The rejected increase keeps the live rate: 44 is not a change; 4420 decreased, 49 new.
  await expect(page.getByTestId('import-count-increased')).toHaveText('0');
  await expect(page.getByTestId('import-count-removed')).toHaveText('0');
  await expect(page.getByTestId('import-count-decreased')).toHaveText('1');
  await expect(page.getByTestId('import-count-new')).toHaveText('1');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `import report with rule breaches (${theme})`);
  }

  // The set is in use: deleting it is refused with the reason, and it stays.
  await page.goto(`/rates/rules?q=${encodeURIComponent(name)}`);
  const listed = page.getByTestId('rule-sets-table').getByRole('row').filter({ hasText: name });
  await expect(listed).toContainText('1');
  await listed.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.getByRole('alertdialog')).toContainText('1 supplier plan(s) use it');
  await page.getByTestId('rule-set-delete-confirm').click();
  await expect(page.getByText(/cannot be deleted/)).toBeVisible();
  await page.getByTestId('rule-set-delete-confirm-cancel').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(listed).toBeVisible();
});
