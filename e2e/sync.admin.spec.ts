import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Sync Status (issue 12 item 8) against the fake ConnexCS the sandbox starts: a carrier created
 * through the screens is pushed by the worker's sync.push job and shows as Synced with its
 * ConnexCS id; the page is axe clean in both themes.
 */

test('an admin creates a carrier and sees its push in Sync Status (fake ConnexCS)', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  await page.goto('/class4/carriers');
  await page.getByTestId('new-carrier').click();
  await page.getByTestId('carrier-form-name').fill(`E2E Sync ${stamp}`);
  await page.getByTestId('carrier-form-code').fill(`S${stamp}`.slice(0, 16));
  await page.getByTestId('carrier-form-type').selectOption('supplier');
  await page.getByTestId('carrier-form-primaryCurrency').selectOption('USD');
  await page.getByTestId('carrier-form-submit').click();
  await expect(page).toHaveURL(/\/class4\/carriers\/[0-9a-f-]{36}$/);
  const carrierId = page.url().split('/').pop()!;

  await page.goto('/class4/sync');
  await expect(page.getByRole('heading', { name: 'Sync Status' })).toBeVisible();
  const row = page.getByTestId('sync-items-table').getByRole('row').filter({ hasText: carrierId });
  // The worker picks the job up; reload until the push is recorded.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText('Synced', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(row).not.toContainText('Never');
  await expect(row.getByRole('button', { name: /Retry the push/ })).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page);
  }

  // Retry queues the push again (a new generation); it goes back to Synced.
  await row.getByRole('button', { name: /Retry the push/ }).click();
  await expect(page.getByText('Push queued again')).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText('Synced', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
});
