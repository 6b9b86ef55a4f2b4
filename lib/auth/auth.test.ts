import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import { SANDBOX_PASSWORD } from '@/db/seed';
import type { FakeBrevo } from '@/fakes/brevo/server';
// Accounts that signed up here have not finished onboarding: getOnboardingCtx reads their session
// past the onboarding gate, which lib/auth/onboarding-gate.test.ts covers.
import { getOnboardingCtx } from '@/lib/http/request-context';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { getRedis } from '@/lib/redis';
import { ACCOUNT_FREE_FAILURES, FAILED_SIGN_IN_LIMIT } from './sign-in-guard';
import { sessionKey } from './storage';
import { authRateLimits } from './create-auth';
import { apiPath, atFreshWindow, Browser, HOSTS, json, inbox, linkFromInbox, startAuthTestEnv, totp, uniqueEmail, type HostRef } from './test-support';

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

async function signUp(at: HostRef, email = uniqueEmail(), name = 'Jane Doe') {
  const browser = new Browser(at);
  const res = await browser.post('/sign-up/email', { name, email, password: PASSWORD });
  expect(res.status).toBe(200);
  return { browser, email };
}

/** Signs up and follows the verification link from the fake Brevo inbox; the browser ends signed in. */
async function verifiedUser(at: HostRef, email = uniqueEmail()) {
  const { browser } = await signUp(at, email);
  const link = await linkFromInbox(brevo, email, '/api/auth/verify-email');
  const res = await browser.get(apiPath(link));
  expect(res.status).toBe(302);
  return { browser, email };
}

/** Signs in from a new browser (no cookies), from `ip` or a random address. */
async function signIn(at: HostRef, email: string, password = PASSWORD, ip?: string) {
  const browser = new Browser(at, ip);
  const res = await browser.post('/sign-in/email', { email, password });
  return { browser, res };
}

// A client address no other request of this file uses (browsers default to random 198.51.100.x).
let addressesUsed = 0;
const freshAddress = () => `203.0.113.${++addressesUsed}`;

async function userRows(email: string) {
  return withPlatform((tx) => tx.select().from(users).where(eq(users.email, email)));
}

describe('sign-up and email verification', () => {
  it('keeps the same email at two brands as two separate users, each verified through its own host', async () => {
    const email = uniqueEmail('twice');
    await signUp(HOSTS.root, email, 'Root Jane');
    await signUp(HOSTS.acme, email, 'Acme Jane');

    const rows = await userRows(email);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([rootId, acmeId]));
    expect(rows.every((r) => r.onboardingState === 'signed_up' && !r.emailVerified && r.role === 'customer_admin' && r.status === 'active')).toBe(true);

    // Two branded emails, each linking back to the host the user signed up on.
    const messages = await inbox(brevo, email);
    expect(messages.map((m) => m.subject).sort()).toEqual(['Verify your email address for Acme Voice', 'Verify your email address for DIDTron']);
    const acmeLink = await linkFromInbox(brevo, email, 'voice.acme.localhost:3000/api/auth/verify-email');
    const rootLink = await linkFromInbox(brevo, email, 'pbx.localhost:3000/api/auth/verify-email');
    expect(rootLink.searchParams.get('callbackURL')).toBe('/verify-email?verified=1');
    expect(acmeLink.searchParams.get('callbackURL')).toBe('/auth/verify-email?verified=1');

    // A root token means nothing at the reseller: tokens are signed with a secret per tenant.
    const crossed = await new Browser(HOSTS.acme).get(apiPath(rootLink));
    expect(crossed.status).toBe(302);
    expect(crossed.headers.get('location')).toContain('error=INVALID_TOKEN');

    const verified = await new Browser(HOSTS.acme).get(apiPath(acmeLink));
    expect(verified.headers.get('location')).toBe('/auth/verify-email?verified=1');
    const after = await userRows(email);
    expect(after.find((r) => r.tenantId === acmeId)).toMatchObject({ emailVerified: true, onboardingState: 'verified' });
    expect(after.find((r) => r.tenantId === rootId)).toMatchObject({ emailVerified: false, onboardingState: 'signed_up' });
  });

  it('refuses to let a visitor choose their role, status or onboarding state, and refuses sign-up on the admin host', async () => {
    const email = uniqueEmail('sneaky');
    for (const field of [{ role: 'super_admin' }, { status: 'active' }, { onboardingState: 'active' }]) {
      const res = await new Browser(HOSTS.root).post('/sign-up/email', { name: 'Sneaky', email, password: PASSWORD, ...field });
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ code: 'FIELD_NOT_ALLOWED' });
    }
    expect(await userRows(email)).toEqual([]);
    const onAdmin = await new Browser(HOSTS.admin).post('/sign-up/email', { name: 'Staff', email: uniqueEmail('staff'), password: PASSWORD });
    expect(onAdmin.status).toBe(400);
    expect(await json(onAdmin)).toMatchObject({ code: 'EMAIL_PASSWORD_SIGN_UP_DISABLED' });
  });

  it('refuses sign-in before verification (403) and sends a fresh verification email', async () => {
    const { email } = await signUp(HOSTS.root);
    const before = (await inbox(brevo, email)).length;
    // The verification token is a JWT stamped to the second, and its send is idempotent per token:
    // a sign-in within the same second would re-send the identical email, which Brevo drops.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const { browser, res } = await signIn(HOSTS.root, email);
    expect(res.status).toBe(403);
    expect(await json(res)).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
    expect(browser.sessionToken()).toBeUndefined();
    expect((await inbox(brevo, email)).length).toBe(before + 1);
  });

  it('signs the user in after verification and hands out a new session token at every sign-in', async () => {
    const { browser: verifiedBrowser, email } = await verifiedUser(HOSTS.root);
    const first = await signIn(HOSTS.root, email);
    const second = await signIn(HOSTS.root, email);
    expect(first.res.status).toBe(200);
    expect(second.res.status).toBe(200);
    const tokens = [verifiedBrowser.sessionToken(), first.browser.sessionToken(), second.browser.sessionToken()];
    expect(tokens.every(Boolean)).toBe(true);
    expect(new Set(tokens).size).toBe(3);

    const ctx = await getOnboardingCtx(first.browser.headers());
    expect(ctx.actor).toMatchObject({ email, role: 'customer_admin', tenantId: rootId });
    // Nor can a signed-in user promote themselves.
    expect((await first.browser.post('/update-user', { role: 'super_admin' })).status).toBe(400);
    expect((await getOnboardingCtx(first.browser.headers())).actor.role).toBe('customer_admin');
    expect(ctx.actor.isDevelopmentActor).toBeUndefined();
    expect(ctx.tenant).toEqual({ id: rootId, slug: 'didtron' });
  });

  it('shares the root brand session between pbx.<root> and switch.pbx.<root>, and no further', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const { browser, res } = await signIn(HOSTS.root, email);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('didtron.session_token='))!;
    expect(cookie).toMatch(/Domain=pbx\.localhost/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const onPortal = new Browser(HOSTS.rootPortal);
    for (const [k, v] of browser.cookies) onPortal.cookies.set(k, v);
    expect((await getOnboardingCtx(onPortal.headers())).actor.email).toBe(email);

    const acme = await verifiedUser(HOSTS.acme);
    const acmeCookie = (await signIn(HOSTS.acme, acme.email)).res.headers.getSetCookie().find((c) => c.startsWith('didtron.session_token='))!;
    expect(acmeCookie).not.toMatch(/Domain=/i);
  });
});

describe('tenant isolation', () => {
  it('does not let a reseller user sign in on the root host with the reseller credentials', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    expect((await signIn(HOSTS.acme, email)).res.status).toBe(200);
    const { res } = await signIn(HOSTS.root, email);
    expect(res.status).toBe(401);
    expect(await json(res)).toMatchObject({ code: 'INVALID_EMAIL_OR_PASSWORD' });
  });

  it('does not accept a reseller session cookie on a root host', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser } = await signIn(HOSTS.acme, email);
    const elsewhere = new Browser(HOSTS.rootPortal);
    for (const [k, v] of browser.cookies) elsewhere.cookies.set(k, v);
    await expect(getOnboardingCtx(elsewhere.headers())).rejects.toMatchObject({ status: 401 });
    expect(await json(await elsewhere.get('/get-session'))).toBeNull();
  });

  it('RLS: the app role with one tenant set cannot read or write another tenant\'s users', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const seenFromRoot = await withTenant(rootId, (tx) => tx.select().from(users).where(eq(users.email, email)));
    expect(seenFromRoot).toEqual([]);
    const seenFromAcme = await withTenant(acmeId, (tx) => tx.select().from(users).where(eq(users.email, email)));
    expect(seenFromAcme).toHaveLength(1);
    const countAcmeFromRoot = await withTenant(rootId, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.tenantId, acmeId)));
    expect(countAcmeFromRoot[0]!.n).toBe(0);
    const intrusion = await withTenant(rootId, (tx) => tx.insert(users).values({ tenantId: acmeId, name: 'Intruder', email: uniqueEmail('intruder') })).catch(
      (e: unknown) => e as Error,
    );
    expect(String((intrusion as Error & { cause?: unknown }).cause)).toMatch(/row-level security/);
    await expect(withTenant(rootId, (tx) => tx.update(users).set({ name: 'Renamed' }).where(eq(users.email, email)).returning())).resolves.toEqual([]);
    // Without a tenant the app role sees no users at all.
    const { sqlClient } = await import('@/db/client');
    expect(await sqlClient()`select count(*)::int as n from users`).toEqual([{ n: 0 }]);
  });
});

describe('rate limits', () => {
  // The per-address limit was a per-account one before the lockout fix; these two tests now send
  // every attempt from one address (a new address per attempt meets the per-account back-off instead).
  it('refuses the 11th wrong password from one address within the window with 429 and a clear message, even with the right password', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const from = freshAddress();
    for (let i = 1; i <= FAILED_SIGN_IN_LIMIT; i++) {
      const { res } = await signIn(HOSTS.root, email, `wrong-password-${i}`, from);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const eleventh = await signIn(HOSTS.root, email, 'wrong-password-11', from);
    expect(eleventh.res.status).toBe(429);
    const body = await json<{ code: string; message: string }>(eleventh.res);
    expect(body.code).toBe('TOO_MANY_FAILED_SIGN_IN_ATTEMPTS');
    expect(body.message).toMatch(/^Too many failed sign-in attempts for this account\. Try again in 15 minutes/);
    expect(Number(eleventh.res.headers.get('retry-after'))).toBeGreaterThan(0);

    const rightPassword = await signIn(HOSTS.root, email, PASSWORD, from);
    expect(rightPassword.res.status).toBe(429);
    expect(rightPassword.browser.sessionToken()).toBeUndefined();

    // The same address at the reseller is another account with its own count.
    const other = await verifiedUser(HOSTS.acme, email);
    expect((await signIn(HOSTS.acme, other.email, PASSWORD, from)).res.status).toBe(200);
  });

  it('clears the count after a successful sign-in', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const from = freshAddress();
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT - 1; i++) expect((await signIn(HOSTS.root, email, 'nope-nope-nope', from)).res.status).toBe(401);
    expect((await signIn(HOSTS.root, email, PASSWORD, from)).res.status).toBe(200);
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT; i++) expect((await signIn(HOSTS.root, email, 'nope-nope-nope', from)).res.status).toBe(401);
    expect((await signIn(HOSTS.root, email, 'nope-nope-nope', from)).res.status).toBe(429);
  });

  // Each of these checks a dozen passwords (scrypt) and must not time out on a busy machine.
  const GUARD_TEST_TIMEOUT_MS = 60_000;

  /** Wrong passwords from a new address each: the first ones are checked, then the account backs off. */
  async function attack(email: string) {
    const statuses: number[] = [];
    // From 192.0.2.0/24, where no test browser signs in: none of these addresses is known to the account.
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 5; i++) statuses.push((await signIn(HOSTS.root, email, `guess-${i}`, `192.0.2.${i + 1}`)).res.status);
    // One more guess after the free ones opens the back-off; the rest inside it are refused unchecked.
    expect(statuses).toEqual([...Array<number>(ACCOUNT_FREE_FAILURES + 1).fill(401), ...Array<number>(4).fill(429)]);
  }

  /** Another browser with the same cookies but no session, as a device keeps them across sign-outs. */
  function sameDevice(browser: Browser, ip: string): Browser {
    const copy = new Browser(HOSTS.root, ip);
    for (const [name, value] of browser.cookies) if (name !== 'didtron.session_token') copy.cookies.set(name, value);
    return copy;
  }

  it("lets a device that signed in before through while an attacker's failures from other addresses back the account off", async () => {
    // The owner's laptop signed in through the verification link: a known device.
    const { browser: laptop, email } = await verifiedUser(HOSTS.root);
    await attack(email);

    // A device and address never seen with this account waits, even with the right password.
    const stranger = await signIn(HOSTS.root, email);
    expect(stranger.res.status).toBe(429);
    expect(await json(stranger.res)).toMatchObject({ code: 'TOO_MANY_FAILED_SIGN_IN_ATTEMPTS' });
    expect(Number(stranger.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(stranger.browser.sessionToken()).toBeUndefined();

    // The laptop, now on another network, signs in: its cookie says it signed in before.
    const travelling = sameDevice(laptop, freshAddress());
    expect((await travelling.post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    expect(travelling.sessionToken()).toBeTruthy();
  }, GUARD_TEST_TIMEOUT_MS);

  it("lets a new browser at an address the account signed in from through while the account backs off", async () => {
    const { browser: laptop, email } = await verifiedUser(HOSTS.root);
    await attack(email);
    const atHome = await signIn(HOSTS.root, email, PASSWORD, laptop.ip);
    expect(atHome.res.status).toBe(200);
    expect(atHome.browser.sessionToken()).toBeTruthy();
  }, GUARD_TEST_TIMEOUT_MS);

  it("refuses a known device's cookie for another account", async () => {
    const { browser: laptop } = await verifiedUser(HOSTS.root);
    const { email } = await verifiedUser(HOSTS.root);
    await attack(email);
    expect((await sameDevice(laptop, freshAddress()).post('/sign-in/email', { email, password: PASSWORD })).status).toBe(429);
  }, GUARD_TEST_TIMEOUT_MS);

  it('lets a new device through to the second factor while the account backs off', async () => {
    const { browser, email } = await verifiedUser(HOSTS.root);
    const enabled = await json<{ totpURI: string }>(await browser.post('/two-factor/enable', { password: PASSWORD }));
    const secret = new URL(enabled.totpURI).searchParams.get('secret')!;
    expect((await browser.post('/two-factor/verify-totp', { code: totp(secret) })).status).toBe(200);

    // The password alone opens nothing on this account, so guesses go on being checked (each address
    // still has its own limit), and the owner's new phone reaches the second factor.
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 5; i++) expect((await signIn(HOSTS.root, email, `guess-${i}`, `192.0.2.${i + 1}`)).res.status).toBe(401);
    const phone = await signIn(HOSTS.root, email);
    expect(await json(phone.res)).toMatchObject({ twoFactorRedirect: true });
    expect((await phone.browser.post('/two-factor/verify-totp', { code: totp(secret) })).status).toBe(200);
    expect(phone.browser.sessionToken()).toBeTruthy();
  }, GUARD_TEST_TIMEOUT_MS);

  it('ends the back-off when the password is reset', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    await attack(email);
    expect((await signIn(HOSTS.root, email)).res.status).toBe(429);
    expect((await new Browser(HOSTS.root).post('/request-password-reset', { email, redirectTo: '/reset-password' })).status).toBe(200);
    const token = (await linkFromInbox(brevo, email, '/reset-password')).searchParams.get('token')!;
    expect((await new Browser(HOSTS.root).post('/reset-password', { token, newPassword: 'a-brand-new-password' })).status).toBe(200);
    expect((await signIn(HOSTS.root, email, 'a-brand-new-password')).res.status).toBe(200);
  }, GUARD_TEST_TIMEOUT_MS);

  it('limits requests per client IP on every endpoint (Better Auth\'s limiter on the Redis port)', async () => {
    const browser = new Browser(HOSTS.root);
    const statuses: number[] = [];
    await atFreshWindow(authRateLimits().customRules['/request-password-reset'].window);
    for (let i = 0; i < 6; i++) statuses.push((await browser.post('/request-password-reset', { email: uniqueEmail(), redirectTo: '/reset-password' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Another client is not affected.
    expect((await new Browser(HOSTS.root).post('/request-password-reset', { email: uniqueEmail(), redirectTo: '/reset-password' })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('ends a session whose Redis key is deleted: getCtx answers 401, never the development actor', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const { browser } = await signIn(HOSTS.root, email);
    expect((await getOnboardingCtx(browser.headers())).actor.email).toBe(email);
    await getRedis().del(sessionKey(rootId, browser.sessionToken()!));
    // Without any session cookie the sandbox development actor still serves (until the lead turns it off).
    expect((await getOnboardingCtx(new Browser(HOSTS.admin).headers())).actor.isDevelopmentActor).toBe(true);
  });

  it('signs out this device only, or every device', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const laptop = (await signIn(HOSTS.acme, email)).browser;
    const phone = (await signIn(HOSTS.acme, email)).browser;
    const tablet = (await signIn(HOSTS.acme, email)).browser;

    expect((await laptop.post('/sign-out')).status).toBe(200);
    expect(laptop.sessionToken()).toBeUndefined();
    await expect(getOnboardingCtx(phone.headers())).resolves.toBeTruthy();

    const phoneCookies = new Map(phone.cookies);
    expect((await phone.post('/revoke-sessions')).status).toBe(200);
    await expect(getOnboardingCtx(tablet.headers())).rejects.toMatchObject({ status: 401 });
    for (const [k, v] of phoneCookies) phone.cookies.set(k, v);
    await expect(getOnboardingCtx(phone.headers())).rejects.toMatchObject({ status: 401 });

    // The rows stay as sign-in history, ended.
    const [user] = await userRows(email);
    const history = await withPlatform((tx) => tx.select().from(authSessions).where(eq(authSessions.userId, user!.id)));
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect(history.every((s) => s.tenantId === acmeId && s.expiresAt.getTime() <= Date.now())).toBe(true);
  });

  it('answers 401 for a disabled user and refuses to sign them in', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const { browser } = await signIn(HOSTS.root, email);
    await withPlatform((tx) => tx.update(users).set({ status: 'disabled' }).where(and(eq(users.email, email), eq(users.tenantId, rootId))));
    await expect(getOnboardingCtx(browser.headers())).rejects.toMatchObject({ status: 401, message: 'This account is disabled' });
    const again = await signIn(HOSTS.root, email);
    expect(again.res.status).toBe(403);
    expect(await json(again.res)).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect(again.browser.sessionToken()).toBeUndefined();
  });
});

describe('two-factor authentication', () => {
  it('enables TOTP with backup codes, then requires a code at sign-in and issues a new session after it', async () => {
    const { email } = await verifiedUser(HOSTS.root);
    const { browser } = await signIn(HOSTS.root, email);

    expect((await browser.post('/two-factor/enable', { password: 'not-my-password' })).status).toBe(400);
    const enabled = await json<{ totpURI: string; backupCodes: string[] }>(await browser.post('/two-factor/enable', { password: PASSWORD }));
    expect(enabled.backupCodes).toHaveLength(10);
    const uri = new URL(enabled.totpURI);
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain('DIDTron');
    const secret = uri.searchParams.get('secret')!;

    // Not on until a code proves the authenticator app has the secret.
    expect((await userRows(email))[0]!.twoFactorEnabled).toBe(false);
    expect((await browser.post('/two-factor/verify-totp', { code: '000000' === totp(secret) ? '111111' : '000000' })).status).toBe(401);
    const before = browser.sessionToken();
    expect((await browser.post('/two-factor/verify-totp', { code: totp(secret) })).status).toBe(200);
    expect((await userRows(email))[0]!.twoFactorEnabled).toBe(true);
    expect(browser.sessionToken()).not.toBe(before);

    // Sign-in now stops at the second factor, without a session.
    const pending = await signIn(HOSTS.root, email);
    expect(await json(pending.res)).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect(pending.browser.sessionToken()).toBeUndefined();
    await expect(getOnboardingCtx(pending.browser.headers())).resolves.toMatchObject({ actor: { isDevelopmentActor: true } });
    expect((await pending.browser.post('/two-factor/verify-totp', { code: totp(secret, Date.now() - 5 * 60_000) })).status).toBe(401);
    const verified = await pending.browser.post('/two-factor/verify-totp', { code: totp(secret) });
    expect(verified.status).toBe(200);
    const afterTotp = pending.browser.sessionToken();
    expect(afterTotp).toBeTruthy();
    expect(afterTotp).not.toBe(browser.sessionToken());
    expect((await getOnboardingCtx(pending.browser.headers())).actor.email).toBe(email);

    // A backup code works once.
    const [code] = enabled.backupCodes;
    const withBackup = await signIn(HOSTS.root, email);
    expect(await json(withBackup.res)).toMatchObject({ twoFactorRedirect: true });
    expect((await withBackup.browser.post('/two-factor/verify-backup-code', { code })).status).toBe(200);
    expect(withBackup.browser.sessionToken()).toBeTruthy();
    const reused = await signIn(HOSTS.root, email);
    expect((await reused.browser.post('/two-factor/verify-backup-code', { code })).status).toBe(401);
    expect(reused.browser.sessionToken()).toBeUndefined();
  });
});

describe('password reset', () => {
  it('sends a branded link to the same host, sets the new password and ends every session', async () => {
    const { email } = await verifiedUser(HOSTS.acme);
    const { browser: old } = await signIn(HOSTS.acme, email);
    const requester = new Browser(HOSTS.acme);
    expect((await requester.post('/request-password-reset', { email, redirectTo: '/auth/reset-password' })).status).toBe(200);
    const [message] = await inbox(brevo, email);
    expect(message!.subject).toBe('Reset your Acme Voice password');
    const link = await linkFromInbox(brevo, email, '/reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://voice.acme.localhost:3000/auth/reset-password');
    const token = link.searchParams.get('token')!;

    expect((await requester.post('/reset-password', { token, newPassword: 'short' })).status).toBe(400);
    expect((await requester.post('/reset-password', { token, newPassword: 'a-brand-new-password' })).status).toBe(200);
    expect((await requester.post('/reset-password', { token, newPassword: 'yet-another-password' })).status).toBe(400);

    await expect(getOnboardingCtx(old.headers())).rejects.toMatchObject({ status: 401 });
    expect((await signIn(HOSTS.acme, email)).res.status).toBe(401);
    expect((await signIn(HOSTS.acme, email, 'a-brand-new-password')).res.status).toBe(200);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    expect((await new Browser(HOSTS.root).post('/request-password-reset', { email, redirectTo: '/reset-password' })).status).toBe(200);
    expect(await inbox(brevo, email)).toEqual([]);
  });
});

describe('seeded sandbox accounts and the admin host', () => {
  it('signs the seeded super admin in on the admin host, with the platform role', async () => {
    const { browser, res } = await signIn(HOSTS.admin, 'admin@didtron.localhost', SANDBOX_PASSWORD);
    expect(res.status).toBe(200);
    const ctx = await getOnboardingCtx(browser.headers());
    expect(ctx.actor).toMatchObject({ email: 'admin@didtron.localhost', role: 'super_admin', tenantId: rootId });
    expect(ctx.tenant.slug).toBe('didtron');
  });

  it('keeps root customers out of the admin portal (refused at sign-in, no session) and seeds reseller users at the reseller only', async () => {
    const { browser, res } = await signIn(HOSTS.admin, 'customer-admin@didtron.localhost', SANDBOX_PASSWORD);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'WRONG_PORTAL' });
    expect(browser.sessionToken()).toBeUndefined();
    expect((await signIn(HOSTS.acme, 'tenant-admin@acme.localhost', SANDBOX_PASSWORD)).res.status).toBe(200);
    expect((await signIn(HOSTS.root, 'tenant-admin@acme.localhost', SANDBOX_PASSWORD)).res.status).toBe(401);
  });
});
