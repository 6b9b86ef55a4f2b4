import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * The staff portal is no dead end (issue 8, item 3): a customer who signs in at admin.<root> is
 * refused at the sign-in itself, with a message and a link to the right portal, and no session.
 */

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ADMIN = `http://admin.localhost:${PORT}`;

test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
}

const sessionCookies = async (page: Page) => (await page.context().cookies(ADMIN)).filter((c) => c.name.endsWith('session_token'));

test('a customer at admin.localhost is refused with a message and a link to the customer portal, axe clean in light and dark', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'customer-user@didtron.localhost');

  const alert = page.getByTestId('sign-in-form').getByRole('alert');
  await expect(alert).toContainText('This portal is for platform staff. Yours is a customer account: sign in at the customer portal.');
  await expect(page.getByTestId('wrong-portal-link')).toHaveAttribute('href', `http://pbx.localhost:${PORT}/sign-in`);
  await expect(page.getByTestId('status-title')).toHaveCount(0); // no bare 403 page
  expect(await sessionCookies(page)).toEqual([]);
  await expectAccessible(page, 'admin sign-in, customer refused (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'admin sign-in, customer refused (dark)');

  // Nothing was opened: the console still asks to sign in.
  await page.goto('/tenants');
  await expect(page).toHaveURL(`${ADMIN}/sign-in?next=%2Ftenants`);

  // A carrier is pointed at the carrier portal instead.
  await signIn(page, 'carrier@didtron.localhost');
  await expect(page.getByTestId('sign-in-form').getByRole('alert')).toContainText('Yours is a carrier account: sign in at the carrier portal.');
  await page.getByTestId('wrong-portal-link').click();
  await expect(page).toHaveURL(`http://carrier.localhost:${PORT}/sign-in`);
});
