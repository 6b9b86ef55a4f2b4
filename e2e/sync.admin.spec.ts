import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Sync Status (issue 12 item 8) against the fake ConnexCS the sandbox starts: a carrier created
 * through the screens is pushed by the worker's sync.push job and shows as Synced with its
 * ConnexCS id; a company changed on ConnexCS is flagged by the pull and resolved by a person; the
 * page and its dialog are axe clean in both themes.
 */

/** The fake ConnexCS the e2e web server starts (playwright.config.ts), reached with the sandbox's Basic credentials. */
const fakeConnexcs = `http://127.0.0.1:${process.env.E2E_CONNEXCS_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1737}/api/cp`;
const fakeAuth = `Basic ${Buffer.from('sandbox:sandbox-fake-connexcs-password').toString('base64')}`;

/** Creates a supplier carrier through the screens and opens its Sync Status row. */
async function createCarrier(page: Page, label: string) {
  const stamp = Date.now().toString(36).toUpperCase();
  await page.goto('/class4/carriers');
  await page.getByTestId('new-carrier').click();
  await page.getByTestId('carrier-form-name').fill(`${label} ${stamp}`);
  await page.getByTestId('carrier-form-code').fill(`S${stamp}`.slice(0, 16));
  await page.getByTestId('carrier-form-type').selectOption('supplier');
  await page.getByTestId('carrier-form-primaryCurrency').selectOption('USD');
  await page.getByTestId('carrier-form-submit').click();
  await expect(page).toHaveURL(/\/class4\/carriers\/[0-9a-f-]{36}$/);
  const carrierId = page.url().split('/').pop()!;
  // The carrier's own link filters Sync Status to its item (the whole list moves as parallel tests write).
  await page.getByTestId('carrier-sync-status').click();
  await expect(page).toHaveURL(new RegExp(`/class4/sync\\?entityId=${carrierId}$`));
  await expect(page.getByRole('heading', { name: 'Sync Status' })).toBeVisible();
  const row = page.getByTestId('sync-items-table').getByRole('row').filter({ hasText: carrierId });
  // The worker picks the job up; the page refreshes itself every 5 s (a reload loop with short waits
  // failed at load 5: each reload took 3-7 s before the table could render).
  await expect(row).toContainText('Synced', { timeout: 60_000 });
  return { carrierId, name: `${label} ${stamp}`, row };
}

test('an admin creates a carrier and sees its push in Sync Status (fake ConnexCS)', async ({ page }) => {
  const { row } = await createCarrier(page, 'E2E Sync');
  await expect(row).not.toContainText('Never');
  await expect(row.getByRole('button', { name: /Retry the push/ })).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page);
  }

  // Retry queues the push again (a new generation): a second attempt, and it is Synced again.
  const attempts = row.getByRole('cell').nth(5);
  const before = Number(await attempts.textContent());
  await row.getByRole('button', { name: /Retry the push/ }).click();
  await expect(page.getByText('Push queued again')).toBeVisible();
  await expect(attempts).toHaveText(String(before + 1), { timeout: 60_000 });
  await expect(row).toContainText('Synced', { timeout: 60_000 });
});

test('a carrier renamed on ConnexCS becomes a conflict at the pull; the admin sees both values and takes theirs', async ({ page }) => {
  // Three background jobs in a row (push, pull, push) and four axe scans: at load 19 it ran 2.1 min.
  test.setTimeout(300_000);
  const { carrierId, name, row } = await createCarrier(page, 'E2E Conflict');
  const externalId = (await row.getByRole('cell').nth(4).textContent())!.trim();
  expect(externalId).toMatch(/^\d+$/);
  // Someone edits the company on ConnexCS directly (the fake's own API, as the real one).
  const renamed = `Renamed On ConnexCS ${Date.now().toString(36)}`;
  const put = await fetch(`${fakeConnexcs}/provider/${externalId}`, { method: 'PUT', headers: { authorization: fakeAuth, 'content-type': 'application/json' }, body: JSON.stringify({ name: renamed }) });
  expect(put.status).toBe(200);

  await page.getByTestId('page-actions').click();
  await page.getByTestId('action-pull-now').click();
  await expect(page.getByText(/Pull queued|already queued/)).toBeVisible();
  await expect(row).toContainText('Conflict', { timeout: 60_000 });

  const dialog = page.getByTestId('resolve-conflict-dialog');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await row.getByRole('button', { name: /Resolve the conflict/ }).click();
    await expect(dialog).toContainText('Changed on ConnexCS since the last sync');
    await expect(page.getByTestId('conflict-field-name')).toContainText(name);
    await expect(page.getByTestId('conflict-field-name')).toContainText(renamed);
    await expectAccessible(page, `resolve conflict (${theme})`);
    // Cancel writes nothing.
    await page.getByTestId('resolve-cancel').click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText('Conflict');
  }
  await row.getByRole('button', { name: /Resolve the conflict/ }).click();
  await page.getByTestId('resolve-keep-theirs').click();
  await expect(page.getByText('ConnexCS’s value was written to our record')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Synced', { timeout: 60_000 });

  // The pull is in the history; the carrier carries their name.
  await page.getByRole('tab', { name: 'Pull runs' }).click();
  await expect(page.getByTestId('sync-runs-table').getByRole('row').filter({ hasText: carrierId }).first()).toContainText('changed on ConnexCS: name');
  await expectAccessible(page, 'pull runs');
  await page.goto(`/class4/carriers/${carrierId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
});
