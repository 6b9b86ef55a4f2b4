import { expect, test } from '@playwright/test';
import { expectNoPlatformName, expectPortalNotFound } from './brand-checks';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * A reseller's customer never sees the platform's name: walk Acme Voice's host as one would
 * (landing, sign-up, the emails, the portal, a wrong address) and look everywhere it could leak.
 */
test('the reseller host never shows "DIDTron": landing, sign-up, emails, portal and 404', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('sign-in-entry')).toContainText('Acme Voice');
  await expect(page).toHaveTitle('Acme Voice');
  await expectNoPlatformName(page, 'landing');

  await page.goto('/auth');
  await expect(page).toHaveTitle('Sign in · Acme Voice');
  await expectNoPlatformName(page, 'auth landing');

  // Sign up: the form, the "check your inbox" page, and the email it sends.
  const email = `wl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  await page.goto('/auth/sign-up');
  await expect(page).toHaveTitle('Create an account · Acme Voice');
  await expectNoPlatformName(page, 'sign-up');
  await page.getByLabel('Your name').fill('Wendy Label');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill('correct-horse-battery-9');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-sent')).toBeVisible();
  await expectNoPlatformName(page, 'sign-up sent');

  await page.goto(`/auth/dev/mail?to=${encodeURIComponent(email)}`);
  const message = page.getByTestId('mail-message').first();
  await expect(message).toBeVisible();
  await expect(message.getByTestId('mail-sender')).toHaveText('Acme Voice <no-reply@acme.example>');
  await expectNoPlatformName(page, 'sandbox mail');
  // The HTML version is in the page (collapsed): it must not name the platform either.
  expect(await message.innerHTML()).not.toMatch(/didtron/i);

  await page.goto('/auth/sign-in');
  await expect(page).toHaveTitle('Sign in · Acme Voice');
  await expectNoPlatformName(page, 'sign-in');
  await page.getByLabel('Email').fill('customer-admin@acme.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('portal-welcome')).toContainText('Acme Voice');
  await expect(page).toHaveTitle('Acme Voice');
  await expectNoPlatformName(page, 'portal (signed in)');

  await expectPortalNotFound(page, '/no-such-page', { frame: 'primary-sidebar', brandName: 'Acme Voice', title: /^Page not found · Acme Voice$/ });
  await expectNoPlatformName(page, 'portal 404');
  await expectPortalNotFound(page, '/auth/no-such-page', { frame: 'auth-brand-name', brandName: 'Acme Voice', title: /^Page not found · Acme Voice$/, homeHref: '/auth' });
  await expectNoPlatformName(page, 'auth 404');
});

test('a 404 on the reseller host, signed out, keeps the Acme frame, axe clean in light and dark', async ({ page }) => {
  await expectPortalNotFound(page, '/a/deeper/missing/page', { frame: 'primary-sidebar', brandName: 'Acme Voice', title: /^Page not found · Acme Voice$/ });
  await expect(page.getByTestId('brand-home').locator('img')).toHaveAttribute('src', '/brand/acme.svg');
  await expectNoPlatformName(page, 'signed-out 404');
});

test('the dark theme shows no platform name either', async ({ page }) => {
  await page.goto('/auth/sign-in');
  await chooseTheme(page, 'dark');
  await expectNoPlatformName(page, 'sign-in (dark)');
  await expectAccessible(page, 'sign-in (dark)');
});
