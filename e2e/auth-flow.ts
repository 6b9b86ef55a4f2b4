import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './helpers';
import { totp } from './totp';

export type BrandHost = { authBase: string; portalUrl: string; brandName: string };
export type Account = { email: string; password: string };

/**
 * The first life of a new customer on one brand: sign up, verify through the fake Brevo, onboard,
 * land in the branded portal. `authBase` is where the auth pages live on this host ('' on
 * pbx.<root>, '/auth' on tenant hosts); `portalUrl` is the brand's customer portal. Its sequel,
 * turnOnTwoFactor, is a test of its own: one budget for a dozen pages and eight axe scans ran out
 * on a machine at load 15 (issue 8 item 9: split long flows).
 */
export async function signUpToPortal(page: Page, opts: BrandHost): Promise<Account> {
  const email = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const password = 'correct-horse-battery-9';
  const at = (path: string) => `${opts.authBase}${path}`;

  await page.goto(at('/sign-up'));
  await expect(page.getByTestId('auth-brand-name')).toHaveText(opts.brandName);
  await expectAccessible(page, 'sign-up');
  await page.getByLabel('Your name').fill('Erin Example');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-sent')).toBeVisible();
  await expectAccessible(page, 'sign-up sent');

  // Before verification, signing in is refused.
  await page.goto(at('/sign-in'));
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-form').getByRole('alert')).toContainText(/verif/i);

  // The verification email, as the fake Brevo received it.
  await page.goto(at(`/dev/mail?to=${encodeURIComponent(email)}`));
  await expectAccessible(page, 'sandbox mail');
  const message = page.getByTestId('mail-message').filter({ hasText: /verify/i }).first();
  await expect(message).toBeVisible();
  await message.getByTestId('mail-link').first().click();
  await expect(page.getByTestId('verify-email')).toContainText('Email verified');
  await expectAccessible(page, 'email verified');
  await page.getByTestId('verify-email-continue').click();

  // Onboarding: company, category, currency, terms.
  await expect(page.getByTestId('onboarding-wizard')).toBeVisible();
  await expectAccessible(page, 'onboarding');
  await page.getByLabel('Company name').fill('Example Telecom Ltd');
  await page.getByTestId('onboarding-next').click();
  await page.getByLabel(/SIP Trunk/).check();
  await page.getByTestId('onboarding-next').click();
  await page.getByLabel('Billing currency').selectOption('EUR');
  await page.getByTestId('onboarding-next').click();
  await page.getByLabel(/I accept the terms/).click();
  await page.getByTestId('onboarding-next').click();

  // Active: the branded customer portal.
  await page.waitForURL(`${opts.portalUrl}**`);
  await expect(page.getByTestId('portal-welcome')).toContainText(`Welcome to ${opts.brandName}, Erin Example`);
  await expectAccessible(page, 'portal home');
  return { email, password };
}

/** The account of signUpToPortal signs in, turns on TOTP 2FA, signs out and signs in with password + TOTP. */
export async function turnOnTwoFactor(page: Page, opts: BrandHost, { email, password }: Account) {
  const at = (path: string) => `${opts.authBase}${path}`;
  await page.goto(at('/sign-in'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL(`${opts.portalUrl}**`);
  await expect(page.getByTestId('portal-welcome')).toContainText('Erin Example');

  // Turn on 2FA from the security settings.
  await page.getByTestId('welcome-security').click();
  await expect(page.getByTestId('security-settings')).toBeVisible();
  await expectAccessible(page, 'security settings');
  await page.locator('#tfa-password').fill(password);
  await page.getByTestId('two-factor-enable').click();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByTestId('two-factor-confirm').click();
  await expect(page.getByTestId('two-factor-status')).toHaveText('On');
  await expect(page.getByTestId('backup-codes')).toBeVisible();

  // Sign out, then sign in with password and TOTP.
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('two-factor-form')).toBeVisible();
  await expectAccessible(page, 'two-factor challenge');
  await page.getByTestId('two-factor-code').fill(totp(secret));
  await page.getByTestId('two-factor-submit').click();
  await page.waitForURL(`${opts.portalUrl}**`);
  await expect(page.getByTestId('portal-welcome')).toContainText('Erin Example');
}
