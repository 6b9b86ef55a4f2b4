import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The onboarding server action reads the request's headers through next/headers: here, the test's.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));

import { GET as adminTenantsRoute } from '@/app/api/admin/tenants/route';
import { saveOnboardingStep } from '@/app/auth/[tenant]/onboarding/actions';
import { GET as listKeysRoute, POST as createKeyRoute } from '@/app/api/v1/keys/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { withPlatform, withTenant } from '@/db/client';
import { apiKeys, users, type OnboardingState, type UserRow } from '@/db/schema';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { createApiKey } from '@/lib/api-keys/services/create-api-key';
import { impersonationCookieName, redeemImpersonationToken } from '@/lib/auth/impersonation';
import { getCtx } from '@/lib/http/request-context';
import { startImpersonation } from '@/lib/users/services/start-impersonation';
import { createUser, ctxOf, signInAs } from '@/tests/actors';
import { Browser, HOSTS, startAuthTestEnv } from '@/tests/support/auth';

/**
 * The onboarding gate beyond the portal pages: a signed-in user whose onboarding is unfinished is
 * refused by every route (their own API, key creation, the admin API), and so is an API key whose
 * owner is not active; only the wizard's own steps run. Impersonation and the development actor
 * keep their meaning.
 */

let brevo: FakeBrevo;
beforeAll(async () => {
  brevo = await startAuthTestEnv();
});
afterAll(async () => {
  await brevo?.close();
});

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

async function setOnboarding(user: Pick<UserRow, 'id' | 'tenantId'>, onboardingState: OnboardingState): Promise<void> {
  await withTenant(user.tenantId, (tx) => tx.update(users).set({ onboardingState }).where(eq(users.id, user.id)));
}

/** A customer admin of the demo reseller, signed in, as an invitation leaves them: verified, not onboarded. */
async function verifiedCustomer() {
  const user = await createUser('acme', 'customer_admin', 'gate');
  await setOnboarding(user, 'verified');
  return { user, browser: await signInAs(user, HOSTS.acme) };
}

const call = (browser: Browser, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://${browser.at.host}${path}`, {
    method: init.method ?? 'GET',
    headers: browser.headers({ ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers }),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

const withKey = (key: string, path: string) =>
  new NextRequest(`http://${HOSTS.acme.host}${path}`, { headers: new Headers({ host: HOSTS.acme.host, 'x-portal': 'customer', 'x-tenant-slug': 'acme', authorization: `Bearer ${key}` }) });

async function expectGate(res: Response, onboardingUrl: string) {
  expect(res.status).toBe(403);
  const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
  expect(body.error).toMatchObject({ code: 'onboarding_incomplete', details: { onboardingUrl } });
  expect(body.error.message).toContain(onboardingUrl);
}

const ACME_ONBOARDING = `http://${HOSTS.acme.host}/auth/onboarding`;

describe('the onboarding gate', () => {
  it('refuses a verified, not yet onboarded user everywhere but the wizard, which then opens everything', async () => {
    const { user, browser } = await verifiedCustomer();
    await expectGate(await createKeyRoute(call(browser, '/api/v1/keys', { method: 'POST', body: { name: 'early', scopes: ['portal.use'] } }), params({})), ACME_ONBOARDING);
    await expectGate(await listKeysRoute(call(browser, '/api/v1/keys'), params({})), ACME_ONBOARDING);
    await expectGate(await meRoute(call(browser, '/api/v1/me'), params({})), ACME_ONBOARDING);
    await expect(getCtx(browser.headers())).rejects.toMatchObject({ status: 403, code: 'onboarding_incomplete' });
    expect(await withTenant(user.tenantId, (tx) => tx.select().from(apiKeys).where(eq(apiKeys.ownerUserId, user.id)))).toEqual([]);

    // The wizard's action takes writes from its own origin only (Next checks the host alone, and lets a missing Origin through).
    const hostile: Record<string, string>[] = [{ origin: 'http://evil.example' }, { origin: 'http://acme.localhost:3000' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of hostile) {
      request.headers = browser.headers(headers);
      await expect(saveOnboardingStep({ step: 'company', companyName: 'Forged Ltd' })).resolves.toEqual({ ok: false, message: expect.stringContaining('Cross-site request refused') });
    }
    request.headers = browser.headers();
    request.headers.delete('origin');
    await expect(saveOnboardingStep({ step: 'company', companyName: 'Forged Ltd' })).resolves.toMatchObject({ ok: false });
    expect((await withPlatform((tx) => tx.select().from(users).where(eq(users.id, user.id))))[0]).toMatchObject({ companyName: null, onboardingState: 'verified' });

    // The wizard's own action works, step by step; the gate stays shut until the last one.
    request.headers = browser.headers();
    await expect(saveOnboardingStep({ step: 'company', companyName: 'Gate Keepers Ltd' })).resolves.toEqual({ ok: true, completed: false });
    await expectGate(await meRoute(call(browser, '/api/v1/me'), params({})), ACME_ONBOARDING);
    await expect(saveOnboardingStep({ step: 'category', customerCategory: 'sip_trunk' })).resolves.toEqual({ ok: true, completed: false });
    await expect(saveOnboardingStep({ step: 'currency', billingCurrency: 'EUR' })).resolves.toEqual({ ok: true, completed: false });
    await expect(saveOnboardingStep({ step: 'terms', acceptTerms: true })).resolves.toEqual({ ok: true, completed: true });

    expect((await meRoute(call(browser, '/api/v1/me'), params({}))).status).toBe(200);
    expect((await createKeyRoute(call(browser, '/api/v1/keys', { method: 'POST', body: { name: 'now', scopes: ['portal.use'] } }), params({}))).status).toBe(201);
    // Finished: the action now says so instead of saving anything.
    await expect(saveOnboardingStep({ step: 'company', companyName: 'Again' })).resolves.toEqual({ ok: false, message: 'Your account is already set up' });
  });

  // Hostile input through action() (lib/http/action.ts): always a message, never a throw or a write.
  it('the wizard action answers wrong types, unknown steps, control characters and huge values with a message, and stores nothing', async () => {
    const user = await createUser('acme', 'customer_admin', 'hostile-action');
    await withTenant(user.tenantId, (tx) => tx.update(users).set({ onboardingState: 'verified' }).where(eq(users.id, user.id)));
    request.headers = (await signInAs(user, HOSTS.acme)).headers();
    const hostile: unknown[] = [
      null,
      42,
      'company',
      [],
      { step: 'nope' },
      { step: 'company', companyName: 12345 },
      { step: 'company', companyName: 'Evil\u0000Corp' },
      { step: 'company', companyName: 'x'.repeat(1_000_000) },
      { step: 'currency', billingCurrency: { $ne: null } },
      { step: 'terms', acceptTerms: 'yes' },
      { step: 'company', companyName: 'Ok Ltd', __proto__: { admin: true }, tenantId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const input of hostile.slice(0, -1)) {
      const result = await saveOnboardingStep(input);
      expect(result, JSON.stringify(input)?.slice(0, 80)).toEqual({ ok: false, message: expect.any(String) });
      expect((result as { message: string }).message).not.toMatch(/went wrong on our side/);
    }
    expect((await withPlatform((tx) => tx.select().from(users).where(eq(users.id, user.id))))[0]).toMatchObject({ companyName: null, onboardingState: 'verified' });
    // Extra fields are ignored, not trusted: the step saves the company name for the signed-in user only.
    await expect(saveOnboardingStep(hostile.at(-1))).resolves.toEqual({ ok: true, completed: false });
    expect((await withPlatform((tx) => tx.select().from(users).where(eq(users.id, user.id))))[0]).toMatchObject({ companyName: 'Ok Ltd', tenantId: user.tenantId });
  });

  it('refuses staff whose account is not active on the admin API, pointing at the sign-up host', async () => {
    const staff = await createUser('didtron', 'super_admin', 'gate-staff');
    const browser = await signInAs(staff, HOSTS.admin);
    expect((await adminTenantsRoute(call(browser, '/api/admin/tenants'), params({}))).status).toBe(200);
    await setOnboarding(staff, 'onboarding_incomplete');
    await expectGate(await adminTenantsRoute(call(browser, '/api/admin/tenants'), params({})), 'http://pbx.localhost:3000/onboarding');
  });

  it('refuses an existing API key once its owner is set back to not active, and accepts it again when they are', async () => {
    const owner = await createUser('acme', 'customer_admin', 'gate-key');
    const { key } = await createApiKey({ ctx: await ctxOf(owner, 'acme'), input: { name: 'gate', scopes: ['portal.use'] } });
    expect((await meRoute(withKey(key, '/api/v1/me'), params({}))).status).toBe(200);
    for (const state of ['onboarding_incomplete', 'verified', 'signed_up'] as const) {
      await setOnboarding(owner, state);
      await expectGate(await meRoute(withKey(key, '/api/v1/me'), params({})), ACME_ONBOARDING);
    }
    await setOnboarding(owner, 'active');
    expect((await meRoute(withKey(key, '/api/v1/me'), params({}))).status).toBe(200);
  });

  it('keeps impersonation and the development actor as they are: a super admin sees a not yet onboarded customer as they are', async () => {
    const { user } = await verifiedCustomer();
    const admin = await createUser('didtron', 'super_admin', 'gate-impersonator');
    const grant = await startImpersonation({ ctx: await ctxOf(admin, 'didtron'), input: { id: user.id, reason: 'onboarding help' } });
    const redeemed = await redeemImpersonationToken(new URL(grant.url).searchParams.get('token')!, user.tenantId);
    const impersonating = new Browser(HOSTS.acme);
    impersonating.cookies.set(impersonationCookieName(), redeemed!.secret);
    await expect(getCtx(impersonating.headers())).resolves.toMatchObject({ actor: { userId: user.id, impersonatorId: admin.id } });
    expect((await meRoute(call(impersonating, '/api/v1/me'), params({}))).status).toBe(200);
    // No cookie at all: the sandbox development actor, as before.
    await expect(getCtx(new Browser(HOSTS.admin).headers())).resolves.toMatchObject({ actor: { isDevelopmentActor: true } });
    expect((await withPlatform((tx) => tx.select().from(users).where(eq(users.id, user.id))))[0]!.onboardingState).toBe('verified');
  });
});
