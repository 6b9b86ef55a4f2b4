import { expect, test } from '@playwright/test';
import { api, chooseTheme, expectAccessible } from './helpers';

/**
 * Deck import from the admin console (issue 13 items 2, 3 and 7): a plan with a live version, a
 * carrier deck uploaded through the Import dialog (a bad file refused in the dialog first), the job's
 * report with its row-level errors and the change set against the live version, the error report
 * accepted and the draft published after confirmations; every step axe clean in both themes.
 */

const LIVE = [
  { prefix: '44', destination: 'United Kingdom', rate: '0.0100' },
  { prefix: '447', destination: 'United Kingdom - Mobile', rate: '0.0200' },
  { prefix: '33', destination: 'France', rate: '0.0150' },
];

// Against the live rows: 44 increased, 447 decreased, 33 removed (absent), 49 new; rows 5 and 6 are bad.
const DECK = ['Dial Code;Destination;Price;Effective Date', '44;United Kingdom;0,0125;01/07/2026', '447;United Kingdom - Mobile;0,0180;01/07/2026', '49;Germany;0,0090;01/07/2026', '4915;Germany - Mobile;abc;01/07/2026', '4917;Germany - Mobile;-0,01;01/07/2026', ''].join('\r\n');

test('an admin uploads a deck, reads its errors and change set, accepts the report and publishes', async ({ page }) => {
  await page.goto('/rates/plans');
  await expect(page.getByRole('heading', { name: 'Rate plans' })).toBeVisible();
  const name = `E2E Import ${Date.now().toString(36)}`;
  const plan = await api<{ id: string }>(page, 'POST', '/api/v1/rate-plans', { name, kind: 'buy', currency: 'EUR', precision: 4 });
  const version = await api<{ id: string }>(page, 'POST', `/api/v1/rate-plans/${plan.id}/versions`, {});
  await api(page, 'POST', `/api/v1/rate-plan-versions/${version.id}/rows`, { rows: LIVE.map((r) => ({ ...r, effectiveFrom: '2026-01-01T00:00:00Z' })) });
  await api(page, 'POST', `/api/v1/rate-plan-versions/${version.id}/publish`, {});

  await page.goto(`/rates/plans/${plan.id}?tab=imports`);
  await expect(page.getByTestId('rate-imports-table')).toContainText('No imports yet');
  const dialog = page.getByTestId('import-deck-dialog');
  // Nothing chosen, then an empty file: each refused under the file field, nothing imported (in both themes).
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await page.getByTestId('rate-plan-import').click();
    await expect(dialog).toBeVisible();
    await page.getByTestId('import-deck-submit').click();
    await expect(page.getByTestId('import-deck-file-error')).toHaveText('Choose the deck file (CSV or XLSX).');
    await page.getByTestId('import-deck-file').setInputFiles({ name: 'deck.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByTestId('import-deck-submit').click();
    await expect(page.getByTestId('import-deck-file-error')).toContainText('The file is empty');
    await expectAccessible(page, `import dialog with a refused file (${theme})`);
    await page.getByTestId('import-deck-cancel').click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(page.getByTestId('rate-imports-table')).toContainText('No imports yet');

  await page.getByTestId('rate-plan-import').click();
  await page.getByTestId('import-deck-file').setInputFiles({ name: 'carrier-deck.csv', mimeType: 'text/csv', buffer: Buffer.from(DECK) });
  await page.getByTestId('import-deck-date-order').selectOption('dmy');
  await page.getByTestId('import-deck-submit').click();
  await expect(page).toHaveURL(/\/rates\/imports\/[0-9a-f-]{36}$/);

  // The worker parses it: the report shows what it read, the bad rows, and the change set.
  await expect(page.getByTestId('import-status')).toContainText('Ready to publish', { timeout: 60_000 });
  await expect(page.getByTestId('import-status')).toContainText('5 rows read, 3 in the draft, 2 rejected');
  await expect(page.getByTestId('import-count-new')).toHaveText('1');
  await expect(page.getByTestId('import-count-increased')).toHaveText('1');
  await expect(page.getByTestId('import-count-decreased')).toHaveText('1');
  await expect(page.getByTestId('import-count-removed')).toHaveText('1');
  const errors = page.getByTestId('import-errors-table');
  await expect(errors.getByRole('row').filter({ hasText: 'abc' })).toContainText('rate');
  await expect(errors.getByRole('row').filter({ hasText: '-0,01' })).toContainText('zero or more');
  const changes = page.getByTestId('import-changes-table');
  await expect(changes.getByRole('row').filter({ hasText: 'France' })).toContainText('Removed');
  await expect(changes.getByRole('row').filter({ hasText: 'Germany' })).toContainText('New');
  await expect(changes.getByRole('row').filter({ hasText: 'United Kingdom - Mobile' })).toContainText('Decreased');
  await expect(page.getByTestId('import-publish')).toBeDisabled();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `import report (${theme})`);
  }

  // Accept the error report (confirmation), then publish (confirmation).
  await page.getByTestId('import-accept').click();
  await expect(page.getByRole('alertdialog')).toContainText('2 row(s) with 2 error(s)');
  await page.getByTestId('import-accept-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('error report accepted');
  await page.getByTestId('import-publish').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.getByTestId('import-publish-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('Published');

  // The plan now has version 2 live with the deck's rates; the import is listed on the plan.
  await page.goto(`/rates/plans/${plan.id}?tab=versions`);
  await expect(page.getByTestId('rate-version-2')).toContainText('Published');
  await expect(page.getByTestId('rate-version-1')).toContainText('Superseded');
  await page.goto(`/rates/plans/${plan.id}?tab=imports`);
  await expect(page.getByTestId('rate-imports-table').getByRole('row').filter({ hasText: 'carrier-deck.csv' })).toContainText('Published');
});
