import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * The carrier portal can be entered (issue 8, item 2): a seeded carrier user signs in on
 * carrier.<root> and stays there; a customer is refused with "this portal is for carriers" and a
 * link to the customer portal; a carrier who signs in at pbx.<root> is sent to the carrier portal.
 */

const PORT = Number(process.env.E2E_PORT ?? 3100);
const CARRIER = `http://carrier.localhost:${PORT}`;
const PBX = `http://pbx.localhost:${PORT}`;

async function signIn(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
}

async function sessionCookies(page: Page, origin: string) {
  return (await page.context().cookies(origin)).filter((c) => c.name.endsWith('session_token'));
}

/** Holds the app's JavaScript back until `release()`, so what is typed lands in the server-rendered form before React hydrates it (a slow phone or a busy machine, made certain). */
async function holdScripts(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** React has attached to the sign-in form (its fiber key is on the element). */
async function untilHydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('[data-testid="sign-in-form"]');
    return !!form && Object.keys(form).some((key) => key.startsWith('__reactFiber'));
  });
}

test('what is typed before the sign-in form hydrates is kept and signs in', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/sign-in', { waitUntil: 'commit' });
  await page.getByLabel('Email').fill('carrier@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  release();
  await untilHydrated(page);
  await expect(page.getByLabel('Email')).toHaveValue('carrier@didtron.localhost');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(CARRIER);
});

test('a sign-in submitted before the page hydrates does not put the credentials in the URL', async ({ page }) => {
  await holdScripts(page); // never released: the browser submits the server-rendered form itself
  await page.goto('/sign-in', { waitUntil: 'commit' });
  await page.getByLabel('Email').fill('carrier@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  const navigation = page.waitForEvent('framenavigated');
  await page.getByTestId('sign-in-submit').click();
  await navigation;
  expect(page.url()).not.toContain('didtron-sandbox');
  expect(page.url()).not.toContain('password');
});

test('a seeded carrier user signs in on carrier.localhost and sees their profile, axe clean in light and dark', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'carrier@didtron.localhost');

  await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(CARRIER);
  await expect(page.getByTestId('page-title')).toHaveText('Carrier profile');
  await expect(page.getByTestId('carrier-company')).toHaveText('Demo Carrier Ltd');
  await expect(page.getByTestId('carrier-account-email')).toHaveText('carrier@didtron.localhost');
  await expect(page.getByTestId('carrier-users')).toContainText('carrier@didtron.localhost');
  await expect(page.getByTestId('carrier-support-email')).toHaveAttribute('href', 'mailto:support@didtron.com');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expectAccessible(page, 'carrier profile (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'carrier profile (dark)');

  // The session is this host's: a reload stays signed in.
  await page.reload();
  await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
});

test("the carrier's security page is in the portal's frame, and the sign-in page sends a signed-in carrier home; axe clean in light and dark", async ({ page }) => {
  await page.goto('/sign-in?next=%2Fsecurity');
  await signIn(page, 'carrier@didtron.localhost');
  await expect(page.getByTestId('security-settings')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(CARRIER);
  await expect(page.locator('[data-portal="carrier"]')).toBeVisible();
  await expectAccessible(page, 'carrier security (light)');
  await chooseTheme(page, 'dark');
  await expectAccessible(page, 'carrier security (dark)');

  await page.goto('/sign-in');
  await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
  await page.getByTestId('carrier-security-link').click();
  await expect(page.getByTestId('security-settings')).toBeVisible();
});

test.describe('refused', () => {
  test('a customer is told this portal is for carriers, with a link to the customer portal, and gets no session; axe clean in light and dark', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'customer-user@didtron.localhost');

    const alert = page.getByTestId('sign-in-form').getByRole('alert');
    await expect(alert).toContainText('This portal is for carriers.');
    await expect(alert).toContainText('Yours is a customer account');
    const link = page.getByTestId('wrong-portal-link');
    await expect(link).toHaveText('Go to the customer portal');
    await expect(link).toHaveAttribute('href', `${PBX}/sign-in`);
    expect(await sessionCookies(page, CARRIER)).toEqual([]);
    await expectAccessible(page, 'carrier sign-in, customer refused (light)');
    await chooseTheme(page, 'dark');
    await expectAccessible(page, 'carrier sign-in, customer refused (dark)');

    // Still signed out here; the link leads to the customer sign-in.
    await page.goto('/');
    await expect(page).toHaveURL(`${CARRIER}/sign-in`);
    await signIn(page, 'customer-user@didtron.localhost');
    await page.getByTestId('wrong-portal-link').click();
    await expect(page).toHaveURL(`${PBX}/sign-in`);
    await expect(page.getByTestId('sign-in-form')).toBeVisible();
  });

  test('a carrier who signs in at pbx.localhost is refused there and sent to the carrier portal', async ({ page }) => {
    await page.goto(`${PBX}/sign-in`);
    await signIn(page, 'carrier@didtron.localhost');
    const alert = page.getByTestId('sign-in-form').getByRole('alert');
    await expect(alert).toContainText('Yours is a carrier account: sign in at the carrier portal.');
    expect(await sessionCookies(page, PBX)).toEqual([]);
    await expectAccessible(page, 'pbx sign-in, carrier refused');
    await page.getByTestId('wrong-portal-link').click();
    await expect(page).toHaveURL(`${CARRIER}/sign-in`);
    await signIn(page, 'carrier@didtron.localhost');
    await expect(page.locator('#main').getByTestId('carrier-profile')).toBeVisible();
  });
});
