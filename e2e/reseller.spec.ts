import { expect, test } from '@playwright/test';
import { signUpToPortal, turnOnTwoFactor, type Account, type BrandHost } from './auth-flow';
import { chooseTheme, expectAccessible } from './helpers';

test.describe('reseller custom domain (Acme Voice)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`is branded as the reseller in ${theme} mode, axe clean`, async ({ page }) => {
      await page.goto('/');
      await chooseTheme(page, theme);
      await expect(page).toHaveTitle(/Acme Voice/);
      await expect(page.getByTestId('sign-in-entry')).toContainText('Sign in to Acme Voice');
      await expect(page.getByTestId('brand-home').locator('img')).toHaveAttribute('src', '/brand/acme.svg');
      const primary = await page.locator('[data-portal="customer"]').evaluate((el) => getComputedStyle(el).getPropertyValue('--primary').trim());
      expect(primary.toLowerCase()).not.toBe('#2563eb');
      await expectAccessible(page, `reseller portal (${theme})`);
      await page.goto('/auth');
      await expect(page.getByTestId('auth-brand-name')).toHaveText('Acme Voice');
      await expect(page.getByTestId('auth-support-email')).toHaveText('help@acme.example');
      await expectAccessible(page, `reseller auth (${theme})`);
    });
  }
});

test.describe.serial('a reseller customer on the custom domain', () => {
  let account: Account;
  const host = (baseURL: string): BrandHost => ({ authBase: '/auth', portalUrl: new URL('/', baseURL).toString(), brandName: 'Acme Voice' });
  test('signs up, verifies and onboards into the Acme-branded portal', async ({ page, baseURL }) => {
    account = await signUpToPortal(page, host(baseURL!));
  });
  test('turns on 2FA and signs in with it', async ({ page, baseURL }) => {
    await turnOnTwoFactor(page, host(baseURL!), account);
  });
});

test('a reseller customer resets a forgotten password through the emailed link, axe clean on every step', async ({ page }) => {
  const email = 'customer-admin@acme.localhost';
  await page.goto('/auth/sign-in');
  await page.getByTestId('forgot-password-link').click();
  await expect(page.getByTestId('forgot-password-form')).toBeVisible();
  await expectAccessible(page, 'forgot password');
  await page.getByLabel('Email').fill(email);
  await page.getByTestId('forgot-password-submit').click();
  await expect(page.getByTestId('forgot-password-sent')).toBeVisible();
  await expectAccessible(page, 'forgot password sent');

  await page.goto(`/auth/dev/mail?to=${encodeURIComponent(email)}`);
  const message = page.getByTestId('mail-message').filter({ hasText: /password/i }).first();
  await expect(message).toContainText('Acme Voice');
  await message.getByTestId('mail-link').first().click();
  await expect(page.getByTestId('reset-password-form')).toBeVisible();
  await expectAccessible(page, 'reset password');
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password-7');
  await page.getByLabel('Repeat the new password').fill('a-brand-new-password-7');
  await page.getByTestId('reset-password-submit').click();
  await expect(page.getByTestId('reset-password-done')).toBeVisible();
  await expectAccessible(page, 'password reset done');

  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-form').getByRole('alert')).toBeVisible(); // the old password no longer works
  await page.getByLabel('Password').fill('a-brand-new-password-7');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('portal-welcome')).toContainText('Acme Voice');
});

test('the "check your inbox" page offers a resend, axe clean', async ({ page }) => {
  await page.goto('/auth/verify-email');
  await expect(page.getByTestId('verify-email')).toContainText('Check your inbox');
  await expect(page.getByTestId('resend-verification')).toBeVisible();
  await expectAccessible(page, 'verify email (check inbox)');
});

test('a reseller user changes their email address with the current password and the link sent to the new address, axe clean', async ({ page }) => {
  const original = 'carrier@acme.localhost';
  const changed = `carrier-${Date.now().toString(36)}@acme.localhost`;

  await page.goto(`/auth/sign-in?next=${encodeURIComponent('/auth/settings/security')}`);
  await page.getByLabel('Email').fill(original);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('change-email-form')).toBeVisible();
  await expect(page.getByTestId('current-email')).toHaveText(original);
  await expectAccessible(page, 'security settings (email address)');

  // Re-authentication: a wrong password is refused under its field and nothing changes.
  await page.getByTestId('change-email-new').fill(changed);
  await page.getByTestId('change-email-password').fill('not-the-password');
  await page.getByTestId('change-email-submit').click();
  await expect(page.getByTestId('change-email-form').getByTestId('error-password')).toHaveText('The password is not correct.');
  await expectAccessible(page, 'change email (wrong password)');

  await page.getByTestId('change-email-password').fill('didtron-sandbox');
  await page.getByTestId('change-email-submit').click();
  await expect(page.getByTestId('change-email-message')).toContainText(`We have sent a confirmation link to ${changed}`);
  await page.reload();
  await expect(page.getByTestId('current-email')).toHaveText(original); // not before the link is opened

  // The current address is told; the new one gets the link.
  await page.goto(`/auth/dev/mail?to=${encodeURIComponent(original)}`);
  await expect(page.getByTestId('mail-message').filter({ hasText: 'Your Acme Voice email address is about to change' }).first()).toContainText(changed);
  await page.goto(`/auth/dev/mail?to=${encodeURIComponent(changed)}`);
  const confirmation = page.getByTestId('mail-message').filter({ hasText: 'Confirm your new email address' }).first();
  await expect(confirmation).toContainText('Acme Voice');
  await confirmation.getByTestId('mail-link').first().click();

  await expect(page).toHaveURL(/\/settings\/security\?email-change=done$/); // the portal page
  await expect(page.getByTestId('current-email')).toHaveText(changed);
  await expect(page.getByTestId('change-email-result')).toContainText(`Your email address is now ${changed}`);
  await expectAccessible(page, 'security settings (email changed)');

  // Back to the seeded address, so the sandbox account keeps working on a reused server.
  await page.goto('/auth/settings/security');
  await page.getByTestId('change-email-new').fill(original);
  await page.getByTestId('change-email-password').fill('didtron-sandbox');
  await page.getByTestId('change-email-submit').click();
  await expect(page.getByTestId('change-email-message')).toContainText(`We have sent a confirmation link to ${original}`);
  await page.goto(`/auth/dev/mail?to=${encodeURIComponent(original)}`);
  await page.getByTestId('mail-message').filter({ hasText: 'Confirm your new email address' }).first().getByTestId('mail-link').first().click();
  await expect(page.getByTestId('current-email')).toHaveText(original);
});
