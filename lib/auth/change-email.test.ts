import { and, eq } from 'drizzle-orm';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { SecuritySettings } from '@/components/auth/security-settings';
// Accounts that signed up here have not finished onboarding: getOnboardingCtx reads their session
// past the onboarding gate, which lib/auth/onboarding-gate.test.ts covers.
import { getOnboardingCtx } from '@/lib/http/request-context';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { emailChangeOutcome } from './change-email';
import { authRateLimits } from './create-auth';
import { apiPath, atFreshWindow, Browser, HOSTS, json, inbox, linkFromInbox, startAuthTestEnv, uniqueEmail, type HostRef } from './test-support';

let brevo: FakeBrevo;
let rootId: string;
let acmeId: string;
const PASSWORD = 'correct-horse-battery';

beforeAll(async () => {
  brevo = await startAuthTestEnv();
  rootId = (await lookupSlug('didtron'))!.tenantId;
  acmeId = (await lookupSlug('acme'))!.tenantId;
});

afterAll(async () => {
  await brevo?.close();
});

/** Signs up and follows the verification link; the returned browser is signed in. */
async function verifiedUser(at: HostRef, email = uniqueEmail()) {
  const browser = new Browser(at);
  expect((await browser.post('/sign-up/email', { name: 'Jane Doe', email, password: PASSWORD })).status).toBe(200);
  const link = await linkFromInbox(brevo, email, '/api/auth/verify-email');
  expect((await browser.get(apiPath(link))).status).toBe(302);
  return { browser, email };
}

async function signIn(at: HostRef, email: string, password = PASSWORD, ip?: string) {
  const browser = new Browser(at, ip);
  const res = await browser.post('/sign-in/email', { email, password });
  return { browser, res };
}

async function userRows(email: string) {
  return withPlatform((tx) => tx.select().from(users).where(eq(users.email, email)));
}

async function userById(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(users).where(eq(users.id, id)));
  return row!;
}

const confirmSubject = (brand: string) => `Confirm your new email address for ${brand}`;
const noticeSubject = (brand: string) => `Your ${brand} email address is about to change`;

describe('changing the email address', () => {
  it('requires the current password: a wrong or missing one is refused and nothing is sent', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);
    const newEmail = uniqueEmail('wanted');
    const before = (await inbox(brevo, email)).length;

    const wrong = await browser.post('/change-email', { newEmail, password: 'not-my-password' });
    expect(wrong.status).toBe(400);
    expect(await json(wrong)).toMatchObject({ code: 'INVALID_PASSWORD' });
    // Better Auth's own endpoint takes no password: without one it must not go through either.
    const missing = await browser.post('/change-email', { newEmail });
    expect(missing.status).toBe(400);
    expect(await json(missing)).toMatchObject({ code: 'PASSWORD_REQUIRED' });
    const invalid = await browser.post('/change-email', { newEmail: 'not-an-address', password: PASSWORD });
    expect(await json(invalid)).toMatchObject({ code: 'INVALID_EMAIL' });

    expect(await inbox(brevo, newEmail)).toEqual([]);
    expect((await inbox(brevo, email)).length).toBe(before);
    expect((await userRows(email))[0]!.email).toBe(email);
  });

  it('refuses a request without a session', async () => {
    const res = await new Browser(HOSTS.acme).post('/change-email', { newEmail: uniqueEmail(), password: PASSWORD });
    expect(res.status).toBe(401);
  });

  it('emails the new address a link and the old one a notice; the address changes only when the link is opened, other sessions end, and it is audited', async () => {
    const { browser: afterVerification, email: oldEmail } = await verifiedUser(HOSTS.acme);
    const laptop = (await signIn(HOSTS.acme, oldEmail)).browser;
    const phone = (await signIn(HOSTS.acme, oldEmail)).browser;
    const userId = (await userRows(oldEmail))[0]!.id;
    const newEmail = uniqueEmail('moved');

    // Mixed case and spaces are normalised like every stored address.
    const requested = await laptop.post('/change-email', { newEmail: `  ${newEmail.toUpperCase()} `, password: PASSWORD });
    expect(requested.status).toBe(200);

    const [confirmation, ...moreToNew] = await inbox(brevo, newEmail);
    expect(moreToNew).toEqual([]);
    expect(confirmation!.subject).toBe(confirmSubject('Acme Voice'));
    expect(confirmation!.htmlContent).toContain(newEmail);
    expect(confirmation!.tags).toEqual(['email-change', 'tenant:acme']);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');
    // On the host the request came from, back to its security page.
    expect(`${link.origin}${link.pathname}`).toBe('http://voice.acme.localhost:3000/api/auth/verify-email');
    expect(link.searchParams.get('callbackURL')).toBe('/settings/security?email-change=done');

    const notice = (await inbox(brevo, oldEmail)).find((m) => m.subject === noticeSubject('Acme Voice'));
    expect(notice, 'security notice to the old address').toBeTruthy();
    expect(notice!.textContent).toContain(newEmail);
    // The notice carries no confirmation link, only the way to take the account back.
    expect(notice!.textContent).not.toContain('/api/auth/verify-email');
    expect(notice!.textContent).toContain('http://voice.acme.localhost:3000/auth/forgot-password');

    // Nothing changed yet.
    expect((await userById(userId)).email).toBe(oldEmail);
    expect((await signIn(HOSTS.acme, newEmail)).res.status).toBe(401);
    await expect(getOnboardingCtx(phone.headers())).resolves.toMatchObject({ actor: { email: oldEmail } });
    expect(await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, 'email.change'))))).toEqual([]);

    const opened = await laptop.get(apiPath(link));
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe('/settings/security?email-change=done');

    const changed = await userById(userId);
    expect(changed).toMatchObject({ email: newEmail, emailVerified: true, tenantId: acmeId });
    // The requesting session stays (and now shows the new address); every other one has ended.
    expect((await getOnboardingCtx(laptop.headers())).actor).toMatchObject({ userId, email: newEmail });
    await expect(getOnboardingCtx(phone.headers())).rejects.toMatchObject({ status: 401 });
    await expect(getOnboardingCtx(afterVerification.headers())).rejects.toMatchObject({ status: 401 });

    // Sign-in now takes the new address, not the old one.
    expect((await signIn(HOSTS.acme, oldEmail)).res.status).toBe(401);
    const withNew = await signIn(HOSTS.acme, newEmail);
    expect(withNew.res.status).toBe(200);
    expect((await getOnboardingCtx(withNew.browser.headers())).actor.email).toBe(newEmail);

    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, 'email.change'))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ tenantId: acmeId, entity: 'user', actorId: userId, actorRole: 'customer_admin', before: { email: oldEmail }, after: { email: newEmail } });
    expect(audit[0]!.requestId).toBeTruthy();
    expect(audit[0]!.ip).toBe(laptop.ip);

    // The link works once.
    const again = await new Browser(HOSTS.acme).get(apiPath(link));
    expect(again.headers.get('location')).toContain('error=INVALID_TOKEN');
    expect((await userById(userId)).email).toBe(newEmail);
  });

  it('keeps the requesting session when the link is opened on another device without a session', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const requester = (await signIn(HOSTS.root, email)).browser;
    const other = (await signIn(HOSTS.root, email)).browser;
    const newEmail = uniqueEmail('elsewhere');
    expect((await requester.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');
    // The root brand's sign-up host serves its auth pages at the root.
    expect(link.searchParams.get('callbackURL')).toBe('/settings/security?email-change=done');

    const mailApp = new Browser(HOSTS.root);
    expect((await mailApp.get(apiPath(link))).headers.get('location')).toBe('/settings/security?email-change=done');
    expect((await userRows(newEmail))).toHaveLength(1);
    expect((await getOnboardingCtx(requester.headers())).actor.email).toBe(newEmail);
    await expect(getOnboardingCtx(other.headers())).rejects.toMatchObject({ status: 401 });
  });

  it('refuses an address already used by another account of the same tenant, in any case', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { email: taken } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);
    const noticesBefore = (await inbox(brevo, email)).length;
    const takenBefore = (await inbox(brevo, taken)).length;

    for (const candidate of [taken, taken.toUpperCase()]) {
      const res = await browser.post('/change-email', { newEmail: candidate, password: PASSWORD });
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ code: 'EMAIL_TAKEN' });
    }
    const same = await browser.post('/change-email', { newEmail: email, password: PASSWORD });
    expect(await json(same)).toMatchObject({ code: 'EMAIL_IS_THE_SAME' });
    expect((await inbox(brevo, email)).length).toBe(noticesBefore);
    expect((await inbox(brevo, taken)).length).toBe(takenBefore);
  });

  it('accepts an address used at another tenant: the same person may hold accounts at two brands', async () => {
    const { email: rootEmail } = await verifiedUser(HOSTS.root);
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);

    expect((await browser.post('/change-email', { newEmail: rootEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, rootEmail, 'voice.acme.localhost:3000/api/auth/verify-email');
    expect((await browser.get(apiPath(link))).status).toBe(302);

    const rows = await userRows(rootEmail);
    expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([rootId, acmeId]));
    expect((await signIn(HOSTS.acme, rootEmail)).res.status).toBe(200);
    expect((await signIn(HOSTS.root, rootEmail)).res.status).toBe(200);
  });

  it('refuses the link when the address was taken in the meantime', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);
    const newEmail = uniqueEmail('contested');
    expect((await browser.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');

    // Someone signs up with that address before the link is opened.
    expect((await new Browser(HOSTS.acme).post('/sign-up/email', { name: 'Quick', email: newEmail, password: PASSWORD })).status).toBe(200);
    const res = await browser.get(apiPath(link));
    expect(res.headers.get('location')).toBe('/settings/security?email-change=done&error=EMAIL_TAKEN');
    expect((await userRows(email))).toHaveLength(1);
    expect((await userRows(newEmail))[0]!.name).toBe('Quick');
  });

  it('cancels a pending change when a newer change is requested or the requesting session ends (sign out everywhere)', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const requester = (await signIn(HOSTS.acme, email)).browser;
    const first = uniqueEmail('first');
    expect((await requester.post('/change-email', { newEmail: first, password: PASSWORD })).status).toBe(200);
    const firstLink = await linkFromInbox(brevo, first, '/api/auth/verify-email');

    // A newer request replaces it.
    const second = uniqueEmail('second');
    expect((await requester.post('/change-email', { newEmail: second, password: PASSWORD })).status).toBe(200);
    const secondLink = await linkFromInbox(brevo, second, '/api/auth/verify-email');
    expect((await requester.get(apiPath(firstLink))).headers.get('location')).toBe('/settings/security?email-change=done&error=EMAIL_CHANGE_CANCELLED');

    // The owner, warned by the notice, signs out everywhere: the attacker's request dies with its session.
    const owner = (await signIn(HOSTS.acme, email)).browser;
    expect((await owner.post('/revoke-sessions')).status).toBe(200);
    const res = await new Browser(HOSTS.acme).get(apiPath(secondLink));
    expect(res.headers.get('location')).toBe('/settings/security?email-change=done&error=EMAIL_CHANGE_CANCELLED');
    expect((await userRows(email))).toHaveLength(1);
    expect(await userRows(second)).toEqual([]);
    expect(await userRows(first)).toEqual([]);
  });

  it('cancels a pending change when the owner resets the password, as the notice promises', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const intruder = (await signIn(HOSTS.acme, email)).browser;
    const newEmail = uniqueEmail('intruder');
    expect((await intruder.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');

    const owner = new Browser(HOSTS.acme);
    expect((await owner.post('/request-password-reset', { email, redirectTo: '/auth/reset-password' })).status).toBe(200);
    const token = (await linkFromInbox(brevo, email, '/reset-password')).searchParams.get('token')!;
    expect((await owner.post('/reset-password', { token, newPassword: 'the-owners-new-password' })).status).toBe(200);

    expect((await intruder.get(apiPath(link))).headers.get('location')).toBe('/settings/security?email-change=done&error=EMAIL_CHANGE_CANCELLED');
    expect(await userRows(newEmail)).toEqual([]);
    expect((await signIn(HOSTS.acme, email, 'the-owners-new-password')).res.status).toBe(200);
  });

  it('does not redirect a refused link to another site', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);
    const newEmail = uniqueEmail('redirect');
    expect((await browser.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');
    await browser.post('/revoke-sessions');
    link.searchParams.set('callbackURL', 'https://evil.example/steal');
    const res = await new Browser(HOSTS.acme).get(apiPath(link));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await json(res)).toMatchObject({ code: 'EMAIL_CHANGE_CANCELLED' });
  });

  it('keeps staff on the admin host: the link goes back to the admin security page', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    // Only staff accounts sign in on the admin host (lib/auth/portal-access.ts).
    await withPlatform((tx) => tx.update(users).set({ role: 'support' }).where(eq(users.email, email)));
    const { browser } = await signIn(HOSTS.admin, email);
    expect(browser.sessionToken()).toBeTruthy();
    const newEmail = uniqueEmail('staff');
    expect((await browser.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, newEmail, '/api/auth/verify-email');
    expect(link.host).toBe('admin.localhost:3000');
    expect(link.searchParams.get('callbackURL')).toBe('/security?email-change=done');
    expect((await inbox(brevo, newEmail))[0]!.subject).toBe(confirmSubject('DIDTron'));
    expect((await browser.get(apiPath(link))).headers.get('location')).toBe('/security?email-change=done');
    expect((await userRows(newEmail))[0]!.tenantId).toBe(rootId);
  });

  it('is rate-limited per client IP like the other auth endpoints', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email, PASSWORD, '192.0.2.151');
    const statuses: number[] = [];
    await atFreshWindow(authRateLimits().customRules['/change-email'].window);
    for (let i = 0; i < 5; i++) statuses.push((await browser.post('/change-email', { newEmail: uniqueEmail('limited'), password: `wrong-${i}-password` })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    // The sixth is refused before the password is looked at, even the right one.
    const newEmail = uniqueEmail('limited');
    expect((await browser.post('/change-email', { newEmail, password: PASSWORD })).status).toBe(429);
    expect(await inbox(brevo, newEmail)).toEqual([]);
  });
});

describe('the email section of the security settings', () => {
  it('shows the current address and a form asking for the new address and the current password', () => {
    const html = renderToString(h(SecuritySettings, { twoFactorEnabled: false, signInPath: '/sign-in', email: 'jane@example.com' }));
    expect(html).toMatch(/data-testid="current-email"[^>]*>jane@example.com</);
    for (const id of ['change-email-form', 'change-email-new', 'change-email-password', 'change-email-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>New email address<\/label>/);
    expect(html).toMatch(/<input[^>]*type="password"[^>]*autoComplete="current-password"[^>]*data-testid="change-email-password"/);
    expect(html).not.toContain('change-email-result');
    // Without an address (older callers) the section is left out rather than shown empty.
    expect(renderToString(h(SecuritySettings, { twoFactorEnabled: false, signInPath: '/sign-in' }))).not.toContain('change-email-form');
  });

  it('reports what the confirmation link did, from its callback query only', () => {
    expect(emailChangeOutcome({})).toBeUndefined();
    expect(emailChangeOutcome({ error: 'EMAIL_TAKEN' })).toBeUndefined();
    expect(emailChangeOutcome({ 'email-change': 'done' })).toEqual({ error: null });
    expect(emailChangeOutcome({ 'email-change': 'done', error: 'EMAIL_TAKEN' })).toEqual({ error: 'EMAIL_TAKEN' });
    expect(emailChangeOutcome({ 'email-change': 'done', error: '<script>' })).toEqual({ error: null });

    const render = (error: string | null) => renderToString(h(SecuritySettings, { twoFactorEnabled: false, signInPath: '/sign-in', email: 'new@example.com', emailChange: { error } }));
    expect(render(null)).toMatch(/role="status" data-testid="change-email-result"[^>]*>Your email address is now new@example.com/);
    expect(render('EMAIL_TAKEN')).toMatch(/role="alert" data-testid="change-email-result"[^>]*>Another account here now uses that address/);
    expect(render('EMAIL_CHANGE_CANCELLED')).toContain('This email change was cancelled');
    expect(render('INVALID_TOKEN')).toContain('This confirmation link is invalid, has expired or was already used');
  });
});
