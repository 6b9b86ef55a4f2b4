import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as carrierProfileRoute } from '@/app/api/v1/carrier/profile/route';
import { withPlatform } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { ValidationError, ForbiddenError } from '@/lib/errors';
import { getCtx } from '@/lib/http/request-context';
import { getCarrierProfile } from '@/lib/users/services/get-carrier-profile';
import { ctxOf, createUser, setUserRole, signInAs, ACTOR_PASSWORD } from '@/tests/actors';
import { testCtx } from '@/tests/factories';
import { platformRoles, roles, tenantRoles, type Role } from './permissions';
import { accountPortalOfHost, portalOfAccount, portalRefusal, WRONG_PORTAL, WrongPortalError } from './portal-access';
import { Browser, HOSTS, startAuthTestEnv, type HostRef } from './test-support';

let brevo: FakeBrevo;

beforeAll(async () => {
  brevo = await startAuthTestEnv();
});
afterAll(async () => {
  await brevo?.close();
});

describe('portal-access (pure)', () => {
  it('gives every account exactly one portal', () => {
    for (const role of platformRoles) {
      expect(portalOfAccount({ role, rootTenant: true })).toBe('admin');
    }
    expect(portalOfAccount({ role: 'carrier_user', rootTenant: true })).toBe('carrier');
    // A reseller's carriers stay on their brand's hosts, the only ones it has.
    expect(portalOfAccount({ role: 'carrier_user', rootTenant: false })).toBe('customer');
    for (const role of ['tenant_admin', 'customer_admin', 'customer_user'] as const) {
      expect(portalOfAccount({ role, rootTenant: true })).toBe('customer');
      expect(portalOfAccount({ role, rootTenant: false })).toBe('customer');
    }
  });

  it('maps hosts to the accounts they sign in, and nobody signs in on marketing or docs', () => {
    expect(accountPortalOfHost('signup')).toBe('customer');
    expect(accountPortalOfHost('customer')).toBe('customer');
    expect(accountPortalOfHost('carrier')).toBe('carrier');
    expect(accountPortalOfHost('admin')).toBe('admin');
    expect(accountPortalOfHost('marketing')).toBeNull();
    expect(accountPortalOfHost('docs')).toBeNull();
    expect(accountPortalOfHost(null)).toBeNull();
    for (const role of roles) expect(portalRefusal({ role, rootTenant: true }, 'docs')).toBeNull();
  });

  it('lets each account into its own portal only, naming the right one otherwise', () => {
    const hosts = ['signup', 'customer', 'carrier', 'admin'] as const;
    for (const role of roles) {
      const own = portalOfAccount({ role, rootTenant: true });
      for (const host of hosts) {
        const refusal = portalRefusal({ role, rootTenant: true }, host);
        if (accountPortalOfHost(host) === own) {
          expect(refusal, `${role} on ${host}`).toBeNull();
          continue;
        }
        expect(refusal, `${role} on ${host}`).toMatchObject({ code: WRONG_PORTAL, portal: own });
        const expected = { admin: 'http://admin.localhost:3000/sign-in', carrier: 'http://carrier.localhost:3000/sign-in', customer: 'http://pbx.localhost:3000/sign-in' }[own];
        expect(refusal!.portalUrl).toBe(expected);
      }
    }
    expect(portalRefusal({ role: 'customer_user', rootTenant: true }, 'carrier')!.message).toBe(
      'This portal is for carriers. Yours is a customer account: sign in at the customer portal.',
    );
    expect(portalRefusal({ role: 'customer_admin', rootTenant: true }, 'admin')!.message).toMatch(/^This portal is for platform staff\. /);
    expect(portalRefusal({ role: 'carrier_user', rootTenant: true }, 'signup')!.message).toMatch(/carrier account: sign in at the carrier portal/);
  });

  it('keeps every tenant role apart from the platform roles', () => {
    for (const role of tenantRoles) expect(portalOfAccount({ role, rootTenant: true })).not.toBe('admin');
  });
});

/** The Set-Cookie lines of a response that would give the browser a session. */
function sessionCookies(res: Response): string[] {
  return res.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c));
}

async function attempt(at: HostRef, email: string, password = ACTOR_PASSWORD) {
  const browser = new Browser(at);
  const res = await browser.post('/sign-in/email', { email, password });
  return { browser, res, body: (await res.clone().json()) as Record<string, unknown> };
}

async function sessionCount(userId: string): Promise<number> {
  return (await withPlatform((tx) => tx.select({ id: authSessions.id }).from(authSessions).where(eq(authSessions.userId, userId)))).length;
}

describe('sign-in refuses accounts of another portal (the API)', () => {
  const refusedCases: Array<{ role: Role; at: keyof typeof HOSTS; portalUrl: string; says: RegExp }> = [
    { role: 'customer_user', at: 'admin', portalUrl: 'http://pbx.localhost:3000/sign-in', says: /^This portal is for platform staff\./ },
    { role: 'customer_admin', at: 'carrier', portalUrl: 'http://pbx.localhost:3000/sign-in', says: /^This portal is for carriers\./ },
    { role: 'tenant_admin', at: 'carrier', portalUrl: 'http://pbx.localhost:3000/sign-in', says: /^This portal is for carriers\./ },
    { role: 'carrier_user', at: 'root', portalUrl: 'http://carrier.localhost:3000/sign-in', says: /carrier account/ },
    { role: 'carrier_user', at: 'rootPortal', portalUrl: 'http://carrier.localhost:3000/sign-in', says: /carrier account/ },
    { role: 'carrier_user', at: 'admin', portalUrl: 'http://carrier.localhost:3000/sign-in', says: /^This portal is for platform staff\./ },
    { role: 'support', at: 'carrier', portalUrl: 'http://admin.localhost:3000/sign-in', says: /^This portal is for carriers\./ },
    { role: 'super_admin', at: 'root', portalUrl: 'http://admin.localhost:3000/sign-in', says: /platform staff account/ },
  ];

  it.each(refusedCases)('$role at the $at host: 403 WRONG_PORTAL with the right portal, no session cookie, no session', async ({ role, at, portalUrl, says }) => {
    const user = await createUser('didtron', role, `wp-${role}`);
    const { browser, res, body } = await attempt(HOSTS[at], user.email);
    expect(res.status).toBe(403);
    expect(body).toMatchObject({ code: WRONG_PORTAL, portalUrl });
    expect(String(body.message)).toMatch(says);
    expect(sessionCookies(res)).toEqual([]);
    expect(browser.sessionToken()).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('checks the password first: a wrong one is the usual 401, telling nothing of the portal', async () => {
    const user = await createUser('didtron', 'customer_user', 'wp-wrong-password');
    const { res, body } = await attempt(HOSTS.admin, user.email, 'not-the-password');
    expect(res.status).toBe(401);
    expect(body.code).not.toBe(WRONG_PORTAL);
    expect(JSON.stringify(body)).not.toMatch(/portal/i);
  });

  it('signs each account in on its own portal', async () => {
    const cases: Array<{ role: Role; tenant: string; at: keyof typeof HOSTS }> = [
      { role: 'carrier_user', tenant: 'didtron', at: 'carrier' },
      { role: 'customer_user', tenant: 'didtron', at: 'root' },
      { role: 'customer_admin', tenant: 'didtron', at: 'rootPortal' },
      { role: 'noc', tenant: 'didtron', at: 'admin' },
      { role: 'carrier_user', tenant: 'acme', at: 'acme' },
    ];
    for (const { role, tenant, at } of cases) {
      const user = await createUser(tenant, role, `wp-ok-${role}`);
      const browser = await signInAs(user, HOSTS[at]);
      expect(browser.sessionToken(), `${role} at ${at}`).toBeTruthy();
      const ctx = await getCtx(browser.headers());
      expect(ctx.actor.userId).toBe(user.id);
    }
  });

  it('a session that predates a role change opens nothing on the old portal', async () => {
    const user = await createUser('didtron', 'customer_user', 'wp-role-change');
    const browser = await signInAs(user, HOSTS.rootPortal);
    await expect(getCtx(browser.headers())).resolves.toBeTruthy();
    await setUserRole(user, 'carrier_user');
    const refused = await getCtx(browser.headers()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WrongPortalError);
    expect((refused as WrongPortalError).refusal).toMatchObject({ portal: 'carrier', portalUrl: 'http://carrier.localhost:3000/sign-in' });
  });
});

describe('getCarrierProfile', () => {
  it("lists the carrier's company, account, colleagues (same company, same brand) and the brand's support contact", async () => {
    const me = await createUser('didtron', 'carrier_user', 'cp-me');
    const colleague = await createUser('didtron', 'carrier_user', 'cp-colleague');
    const otherCompany = await createUser('didtron', 'carrier_user', 'cp-other');
    const customerSameName = await createUser('didtron', 'customer_admin', 'cp-customer');
    const otherBrand = await createUser('acme', 'carrier_user', 'cp-acme');
    const company = `Carrier ${me.id.slice(0, 8)} Ltd`;
    await withPlatform(async (tx) => {
      for (const [u, name] of [
        [me, company],
        [colleague, ` ${company.toUpperCase()} `],
        [otherCompany, 'Someone Else Telecom'],
        [customerSameName, company],
        [otherBrand, company],
      ] as const) {
        await tx.update(users).set({ companyName: name }).where(eq(users.id, u.id));
      }
    });
    const profile = await getCarrierProfile({ ctx: await ctxOf(me, 'didtron') });
    expect(profile.company.name).toBe(company);
    expect(profile.account).toMatchObject({ id: me.id, email: me.email, role: 'carrier_user', twoFactorEnabled: false });
    expect(profile.users.map((u) => u.id).sort()).toEqual([me.id, colleague.id].sort());
    expect(profile.users.find((u) => u.id === me.id)).toMatchObject({ you: true, status: 'active', invitationPending: false });
    expect(profile.contact).toEqual({ brandName: 'DIDTron', supportEmail: 'support@didtron.com' });
  });

  it('without a company name the account stands alone', async () => {
    const me = await createUser('didtron', 'carrier_user', 'cp-alone');
    await createUser('didtron', 'carrier_user', 'cp-alone-2');
    const profile = await getCarrierProfile({ ctx: await ctxOf(me, 'didtron') });
    expect(profile.company.name).toBeNull();
    expect(profile.users.map((u) => u.id)).toEqual([me.id]);
  });

  it('refuses customers and hostile input, and answers 404 for an actor without an account row', async () => {
    await expect(getCarrierProfile({ ctx: await testCtx('customer_user') })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCarrierProfile({ ctx: await testCtx('customer_admin', 'acme') })).rejects.toBeInstanceOf(ForbiddenError);
    const me = await createUser('didtron', 'carrier_user', 'cp-hostile');
    const ctx = await ctxOf(me, 'didtron');
    for (const input of [{ id: 'x' }, { userId: '00000000-0000-4000-8000-000000000000' }, 'a\u0000b', 42, [], { a: 'x'.repeat(100_000) }]) {
      await expect(getCarrierProfile({ ctx, input })).rejects.toBeInstanceOf(ValidationError);
    }
    // A carrier of another brand asking on this brand finds nothing (RLS and the tenant filter).
    const acmeCarrier = await createUser('acme', 'carrier_user', 'cp-acme-only');
    const foreign = { ...(await ctxOf(acmeCarrier, 'didtron')) };
    await expect(getCarrierProfile({ ctx: foreign })).rejects.toMatchObject({ status: 404 });
  });
});

describe('GET /api/v1/carrier/profile', () => {
  const call = (browser: Browser) =>
    carrierProfileRoute(new NextRequest(`http://${browser.at.host}/api/v1/carrier/profile`, { headers: browser.headers() }), { params: Promise.resolve({}) });

  it("answers the signed-in carrier's own profile on the carrier host, and refuses customers", async () => {
    const carrier = await createUser('didtron', 'carrier_user', 'cp-api');
    const res = await call(await signInAs(carrier, HOSTS.carrier));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ account: { id: carrier.id, email: carrier.email }, users: [{ id: carrier.id, you: true }] });

    const customer = await createUser('acme', 'customer_admin', 'cp-api-customer');
    const refused = await call(await signInAs(customer, HOSTS.acme));
    expect(refused.status).toBe(403);
  });
});
