import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/** Content-Security-Policy refusals the browser reports on the console (a blocked script, font or fetch). */
function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test('docs.<root>/api renders the API reference from /api/v1/openapi.json (axe, light and dark)', async ({ page }) => {
  const csp = collectCspErrors(page);
  const document = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/openapi.json');
  expect((await page.goto('/api'))?.status()).toBe(200);
  expect((await document).status()).toBe(200);
  const reference = page.getByTestId('api-reference');
  // Operations of the document, rendered from it in the browser.
  await expect(reference.getByText('Create an API key').first()).toBeVisible({ timeout: 20_000 });
  await expect(reference.getByText('Who am I').first()).toBeVisible();
  // Operations are collapsed; opening one shows its parameters and responses, and a schema link opens the schema.
  const listKeys = page.getByTestId('api-operation-listApiKeys');
  await expect(listKeys).not.toHaveAttribute('open');
  await page.getByTestId('api-operation-listApiKeys-toggle').click();
  await expect(listKeys.getByRole('table', { name: 'Parameters' })).toBeVisible();
  await expect(listKeys.getByText('Responses')).toBeVisible();
  const schemaLink = reference.locator('a[href^="#schema-"]').first();
  const schemaName = (await schemaLink.getAttribute('href'))!.slice('#schema-'.length);
  await schemaLink.click();
  await expect(page.getByTestId(`api-schema-${schemaName}`)).toHaveAttribute('open', '');
  await expect(page.getByTestId(`api-schema-${schemaName}`).locator('pre')).toBeVisible();
  await expectAccessible(page, 'API reference');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'API reference (dark)');
  expect(csp).toEqual([]);
});

test('the API getting started page links to the reference (axe, light and dark)', async ({ page }) => {
  await page.goto('/api-basics');
  const article = page.getByTestId('doc-article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('API basics');
  await expect(article.getByRole('heading', { name: 'Conventions' })).toBeVisible();
  await expectAccessible(page, 'API basics');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'API basics (dark)');
  await article.getByRole('link', { name: 'API reference' }).click();
  await expect(page).toHaveURL(/\/api$/);
});

test('the API document is public on the docs host, cacheable', async ({ page }) => {
  const res = (await page.goto('/api/v1/openapi.json'))!;
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toMatch(/public/);
  expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
});
