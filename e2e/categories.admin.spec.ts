import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Issue 11: the categories' public descriptions are edited in the admin console and shown on the
 * prerendered marketing home (expired by the category services, lib/customers/public-categories.ts);
 * categories are deleted and groups edited from the console, with confirmation and clear refusals.
 */

/** The admin API, called from the console's own page (only the browser resolves *.localhost). */
const api = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
    },
    { method, path, body },
  );

test('an edited public description shows on the marketing site (axe light and dark there)', async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  const text = `Contact centres of every size, tested ${Date.now().toString(36)}.`;
  await page.goto('/customers/categories');
  await page.getByTestId('edit-category-call_center').click();
  const previous = await page.getByTestId('hierarchy-publicDescription').inputValue();
  await page.getByTestId('hierarchy-publicDescription').fill(text);
  await page.getByTestId('hierarchy-submit').click();
  await expect(page.getByTestId('category-call_center')).toContainText(text);

  const visitor = await page.context().browser()!.newContext();
  const site = await visitor.newPage();
  await site.goto(`http://localhost:${port}/`);
  await expect(site.getByTestId('who-call_center')).toContainText(text);
  await expect(site.getByTestId('who-sip_trunk')).toContainText('SIP');
  await site.getByTestId('who-its-for').scrollIntoViewIfNeeded();
  await expectAccessible(site, 'marketing categories (light)');
  await chooseTheme(site, 'dark');
  await expectAccessible(site, 'marketing categories (dark)');
  await visitor.close();

  const { json } = await api(page, 'GET', '/api/v1/customer-categories');
  const row = (json!.items as Array<{ id: string; slug: string }>).find((c) => c.slug === 'call_center')!;
  expect((await api(page, 'PATCH', `/api/v1/customer-categories/${row.id}`, { publicDescription: previous })).status).toBe(200);
});

test('a category with accounts is not deleted (the error says how many); an empty one is, after confirmation', async ({ page }) => {
  await page.goto('/customers/categories');
  await page.getByTestId('delete-category-enterprise').click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete the category Enterprise?');
  await page.getByTestId('delete-category-enterprise-confirm').click();
  await expect(page.getByText(/Enterprise was not deleted: Enterprise still holds \d+ customer accounts: move them to another category first/)).toBeVisible();
  await expect(page.getByTestId('category-enterprise')).toBeVisible();

  const slug = `e2e_${Date.now().toString(36)}`;
  await page.getByTestId('page-actions').click();
  await page.getByTestId('action-new-category').click();
  await page.getByTestId('hierarchy-slug').fill(slug);
  await page.getByTestId('hierarchy-name').fill('Temporary');
  await page.getByTestId('hierarchy-submit').click();
  await expect(page.getByTestId(`category-${slug}`)).toBeVisible();
  await page.getByTestId(`delete-category-${slug}`).click();
  // Cancel keeps it; confirm deletes it.
  await page.getByTestId(`delete-category-${slug}-confirm-cancel`).click();
  await expect(page.getByTestId(`category-${slug}`)).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await page.getByTestId(`delete-category-${slug}`).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, `delete category confirmation (${theme})`);
    await page.getByTestId(`delete-category-${slug}-confirm-cancel`).click();
    // A person waits for the dialog to close before reopening it (a click during its exit animation lands on the old overlay).
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }
  await page.getByTestId(`delete-category-${slug}`).click();
  await page.getByTestId(`delete-category-${slug}-confirm`).click();
  await expect(page.getByTestId(`category-${slug}`)).toHaveCount(0);
});

test('a group is edited and deleted from its row; a group with accounts is refused', async ({ page }) => {
  await page.goto('/customers/groups');
  const name = `E2E group ${Date.now().toString(36)}`;
  await page.getByTestId('new-group').click();
  await page.getByTestId('hierarchy-name').fill(name);
  await page.getByTestId('hierarchy-submit').click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: `Edit ${name}` }).click();
  await page.getByTestId('hierarchy-description').fill('Edited from the row');
  await page.getByTestId('hierarchy-submit').click();
  await expect(row).toContainText('Edited from the row');

  const keyAccounts = page.getByRole('row').filter({ hasText: 'Key accounts' });
  await keyAccounts.getByRole('button', { name: 'Delete Key accounts' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByText(/Key accounts still holds \d+ customer accounts?: move them to another group first/)).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `customer groups with row actions (${theme})`);
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, `delete group confirmation (${theme})`);
    if (theme === 'light') await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  }
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete group' }).click();
  await expect(row).toHaveCount(0);
});
