import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OnboardingWizard } from './onboarding-wizard';
import { SecuritySettings } from './security-settings';
import { SignInForm } from './sign-in-form';
import { SignUpForm } from './sign-up-form';
import { TotpQrCode } from './totp-qr-code';
import { TwoFactorForm } from './two-factor-form';

const after = { onboarding: '/onboarding', home: '/', twoFactor: '/two-factor' };

/** The markup contract of the auth forms (e2e tests and screen readers rely on it). */
describe('auth forms', () => {
  it('sign-in: labelled email and password, a forgot-password link, a submit button', () => {
    const html = renderToString(h(SignInForm, { after, forgotPasswordPath: '/auth/forgot-password' }));
    expect(html).toContain('data-testid="sign-in-form"');
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>Email<\/label>/);
    expect(html).toMatch(/type="password"[^>]*autoComplete="current-password"|autoComplete="current-password"[^>]*type="password"/i);
    expect(html).toContain('href="/auth/forgot-password"');
    expect(html).toContain('data-testid="sign-in-submit"');
  });

  it('sign-up: name, email and a new password with its rule', () => {
    const html = renderToString(h(SignUpForm, { verifyEmailPath: '/verify-email' }));
    expect(html).toContain('Your name');
    expect(html).toContain('Work email');
    expect(html).toMatch(/autoComplete="new-password"/i);
    expect(html).toContain('At least <!-- -->10<!-- --> characters');
  });

  it('two-factor: a one-time-code field and the switch to backup codes', () => {
    const html = renderToString(h(TwoFactorForm, { after, signInPath: '/sign-in' }));
    expect(html).toMatch(/autoComplete="one-time-code"/i);
    expect(html).toContain('Use a backup code instead');
    expect(html).toContain('href="/sign-in"');
  });

  it('onboarding: opens at the first step without a saved answer', () => {
    const save = async () => ({ ok: true as const, completed: false });
    const fresh = renderToString(h(OnboardingWizard, { initial: { companyName: null, customerCategory: null, billingCurrency: null }, currencies: [{ code: 'EUR', name: 'Euro' }, { code: 'USD', name: 'US Dollar' }], doneUrl: '/', save }));
    expect(fresh).toContain('data-step="1"');
    expect(fresh).toContain('Company name');
    const resumed = renderToString(h(OnboardingWizard, { initial: { companyName: 'Globex', customerCategory: 'enterprise', billingCurrency: null }, currencies: [{ code: 'EUR', name: 'Euro' }, { code: 'USD', name: 'US Dollar' }], doneUrl: '/', save }));
    expect(resumed).toContain('data-step="3"');
    expect(resumed).toContain('Billing currency');
    expect(resumed).toContain('<option value="EUR">EUR · Euro</option>');
    expect(resumed).toContain('aria-current="step"');
  });

  it('security settings: shows the two-factor status and the sign-out choices', () => {
    const off = renderToString(h(SecuritySettings, { twoFactorEnabled: false, signInPath: '/sign-in' }));
    expect(off).toMatch(/data-testid="two-factor-status"[^>]*>Off</);
    expect(off).toContain('data-testid="two-factor-enable"');
    expect(off).toContain('data-testid="sign-out-everywhere"');
    const on = renderToString(h(SecuritySettings, { twoFactorEnabled: true, signInPath: '/sign-in' }));
    expect(on).toMatch(/data-testid="two-factor-status"[^>]*>On</);
    expect(on).toContain('data-testid="two-factor-disable"');
  });

  it('TOTP setup: the QR code is an image named in words (the key stays as text beside it)', () => {
    const uri = 'otpauth://totp/DIDTron:erin%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=DIDTron';
    const html = renderToString(h(TotpQrCode, { uri }));
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="QR code for your authenticator app[^"]*"/);
    expect(html).toContain('data-testid="totp-qr"');
    expect(html.match(/<path/g)?.length).toBeGreaterThan(1); // modules drawn, not an empty box
    expect(renderToString(h(TotpQrCode, { uri: `${uri}x` }))).not.toBe(html); // it encodes the link
  });
});
