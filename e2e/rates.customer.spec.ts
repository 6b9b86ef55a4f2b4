import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * The customer portal's Rates page (issue 13 item 7): the demo customer admin's account (Northwind)
 * has the seeded GBP sell plan assigned; its current rates and upcoming changes are searchable, and
 * the CSV download streams from /api/v1. Axe clean in both themes.
 */
async function signIn(page: Page) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill('customer-admin@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('portal-welcome')).toBeVisible();
}

test('a customer reads, searches and downloads its current and upcoming rates; axe clean light and dark', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Rates' }).first().click();
  await expect(page).toHaveURL(/\/rates$/);
  await expect(page.getByRole('heading', { name: 'Rates', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Wholesale A-Z GBP');
  const current = page.getByTestId('my-rates-current-table');
  await expect(current.getByRole('row').filter({ hasText: 'United States - New York' })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search current rates' }).fill('lond');
  await expect(current.getByRole('row').filter({ hasText: 'United Kingdom - London' })).toHaveCount(1);
  await expect(current.getByRole('row').filter({ hasText: 'New York' })).toHaveCount(0);
  // The seeded plan announces changes two weeks ahead.
  const upcoming = page.getByTestId('my-rates-upcoming-table');
  await expect(upcoming.getByRole('row').nth(1)).toBeVisible();
  await expect(upcoming).not.toContainText('No upcoming rate changes');

  // From the page (the browser resolves *.localhost; Node's resolver does not), with its session.
  const csv = await page.evaluate(async () => {
    const r = await fetch('/api/v1/rates/export?when=current');
    return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
  });
  expect(csv.status).toBe(200);
  expect(csv.type).toContain('text/csv');
  const text = csv.body;
  expect(text.split('\n')[0]).toBe('prefix,destination,rate_per_minute,connection_fee,initial_increment,subsequent_increment,minimum_charge,effective_from,effective_to,blocked,currency');
  expect(text).toContain(',United Kingdom - London,');
  expect(text.trim().split('\n').length).toBeGreaterThan(300);
  await expect(page.getByTestId('my-rates-current-csv')).toHaveAttribute('href', '/api/v1/rates/export?when=current');

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `customer rates (${theme})`);
  }
});
