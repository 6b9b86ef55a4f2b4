import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Deck import (issue 13 items 2 and 3): a plan with a live version is set up through /api/v1 (the
 * plan screens are another branch's), a small deck with one bad row is uploaded as a raw CSV body,
 * and the import page shows the error report and the change set; the operator accepts the report
 * and publishes. Axe clean in both themes.
 */

test('an admin reads an import report and change set, accepts the errors and publishes', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  /** fetch in the page (the browser resolves *.localhost; Node's resolver does not). */
  const call = (method: string, path: string, body: string | null, headers: Record<string, string>) =>
    page.evaluate(
      async ({ method, path, body, headers }) => {
        const res = await fetch(path, { method, headers, body });
        return { status: res.status, text: await res.text() };
      },
      { method, path, body, headers },
    );
  const created = await call('POST', '/api/v1/keys', JSON.stringify({ name: `e2e import ${Date.now()}`, scopes: ['rates.read', 'rates.write'] }), { 'content-type': 'application/json' });
  expect(created.status, created.text).toBe(201);
  const key = (JSON.parse(created.text) as { key: string }).key;
  const auth = { authorization: `Bearer ${key}` };
  const json = async (path: string, data: unknown = {}) => {
    const res = await call('POST', path, JSON.stringify(data), { ...auth, 'content-type': 'application/json' });
    expect(res.status < 300, `${path}: ${res.text}`).toBe(true);
    return JSON.parse(res.text) as Record<string, string>;
  };
  const plan = await json('/api/v1/rate-plans', { name: `E2E import ${Date.now().toString(36)}`, kind: 'buy', currency: 'EUR' });
  const draft = await json(`/api/v1/rate-plans/${plan.id}/versions`);
  await json(`/api/v1/rate-plan-versions/${draft.id}/rows`, {
    rows: [
      { prefix: '44', destination: 'United Kingdom', rate: '0.0100', effectiveFrom: '2026-01-01T00:00:00Z' },
      { prefix: '49', destination: 'Germany', rate: '0.0300', effectiveFrom: '2026-01-01T00:00:00Z' },
    ],
  });
  await json(`/api/v1/rate-plan-versions/${draft.id}/publish`);

  const deck = 'Code;Destination;Rate;Effective date\n44;United Kingdom;0,0120;01/07/2026\n49;Germany;abc;01/07/2026\n33;France;0,0400;01/07/2026\n';
  const upload = await call('POST', `/api/v1/rate-plans/${plan.id}/imports?fileName=supplier-deck.csv`, deck, { ...auth, 'content-type': 'text/csv' });
  expect(upload.status, upload.text).toBe(202);
  const imp = JSON.parse(upload.text) as { id: string };

  await page.goto(`/rates/imports/${imp.id}`);
  await expect(page.getByRole('heading', { name: 'supplier-deck.csv' })).toBeVisible();
  await expect(page.getByTestId('import-status')).toContainText('Ready to publish', { timeout: 60_000 });
  await expect(page.getByTestId('import-errors-table')).toContainText('abc');
  await expect(page.getByTestId('import-errors-table')).toContainText('rate');
  await expect(page.getByTestId('import-count-new')).toHaveText('1');
  await expect(page.getByTestId('import-count-increased')).toHaveText('1');
  await expect(page.getByTestId('import-count-removed')).toHaveText('1');
  await expect(page.getByTestId('import-changes-table')).toContainText('France');
  await expect(page.getByTestId('import-largest')).toContainText('20.00 %');
  await expect(page.getByTestId('import-publish')).toBeDisabled();

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page);
  }

  await page.getByTestId('import-accept').click();
  await page.getByTestId('import-accept-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('error report accepted');
  await page.getByTestId('import-publish').click();
  await page.getByTestId('import-publish-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('Published');
});
