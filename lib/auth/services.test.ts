import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { sandboxCredentials, SANDBOX_PASSWORD, seedDatabase } from '@/db/seed';
import type { FakeBrevo } from '@/fakes/brevo/server';
import type { Ctx } from '@/lib/context';
import { getCtx, getOnboardingCtx } from '@/lib/http/request-context';
import { listSandboxMail } from './dev-mail';
import { sendWelcomeMail } from './emails';
import { handleAuthRequest } from './handler';
import { authPages, safeNextPath } from './paths';
import { saveOnboarding } from './services/save-onboarding';
import { disableUser } from '@/lib/users/services/disable-user';
import { enableUser } from '@/lib/users/services/enable-user';
import { tenantScopedDb } from './tenant-db';
import { Browser, HOSTS, inbox, linkFromInbox, startAuthTestEnv, uniqueEmail, type HostRef } from '@/tests/support/auth';

let brevo: FakeBrevo;
const PASSWORD = 'correct-horse-battery';

beforeAll(async () => {
  brevo = await startAuthTestEnv();
});
afterAll(async () => {
  await brevo?.close();
});

/** A verified, signed-in user and the service context of their session. */
async function signedIn(at: HostRef, email = uniqueEmail()): Promise<{ browser: Browser; ctx: Ctx; email: string }> {
  const browser = new Browser(at);
  expect((await browser.post('/sign-up/email', { name: 'Sam Smith', email, password: PASSWORD })).status).toBe(200);
  const link = await linkFromInbox(brevo, email, '/api/auth/verify-email');
  await browser.get(`${link.pathname.replace(/^\/api\/auth/, '')}${link.search}`);
  // Not onboarded yet: the wizard's context (getOnboardingCtx), the one past the onboarding gate.
  return { browser, ctx: await getOnboardingCtx(browser.headers()), email };
}

async function seeded(at: HostRef, email: string) {
  const browser = new Browser(at);
  expect((await browser.post('/sign-in/email', { email, password: SANDBOX_PASSWORD })).status).toBe(200);
  return { browser, ctx: await getCtx(browser.headers()) };
}

const row = async (id: string) => (await withPlatform((tx) => tx.select().from(users).where(eq(users.id, id))))[0]!;

describe('onboarding', () => {
  it('walks verified -> onboarding_incomplete -> active, auditing each step', async () => {
    const { ctx } = await signedIn(HOSTS.acme);
    expect((await row(ctx.actor.userId)).onboardingState).toBe('verified');

    await expect(saveOnboarding({ ctx, input: { step: 'terms', acceptTerms: true } })).rejects.toMatchObject({
      status: 422,
      details: [
        { path: 'companyName', message: 'enter your company name first' },
        { path: 'customerCategory', message: 'choose a customer category first' },
        { path: 'billingCurrency', message: 'choose a billing currency first' },
      ],
    });
    const first = await saveOnboarding({ ctx, input: { step: 'company', companyName: '  Globex Telecom ' } });
    expect(first).toMatchObject({ completed: false, user: { companyName: 'Globex Telecom', onboardingState: 'onboarding_incomplete' } });
    await expect(saveOnboarding({ ctx, input: { step: 'currency', billingCurrency: 'XYZ1' } })).rejects.toMatchObject({ status: 422 });
    await saveOnboarding({ ctx, input: { step: 'currency', billingCurrency: 'eur' } });
    await expect(saveOnboarding({ ctx, input: { step: 'category', customerCategory: 'wholesale' as never } })).rejects.toMatchObject({ status: 422 });
    await saveOnboarding({ ctx, input: { step: 'category', customerCategory: 'call_center' } });
    await expect(saveOnboarding({ ctx, input: { step: 'terms', acceptTerms: false as never } })).rejects.toMatchObject({ status: 422 });
    const done = await saveOnboarding({ ctx, input: { step: 'terms', acceptTerms: true } });
    expect(done.completed).toBe(true);
    expect(await row(ctx.actor.userId)).toMatchObject({
      onboardingState: 'active',
      companyName: 'Globex Telecom',
      customerCategory: 'call_center',
      billingCurrency: 'EUR',
      termsAcceptedAt: expect.any(Date),
    });
    await expect(saveOnboarding({ ctx, input: { step: 'company', companyName: 'Changed' } })).rejects.toMatchObject({ status: 409 });

    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, ctx.actor.userId)).orderBy(desc(auditEvents.occurredAt)));
    expect(audit.map((a) => a.action).sort()).toEqual(['onboarding.category', 'onboarding.company', 'onboarding.currency', 'onboarding.terms']);
    expect(audit.every((a) => a.tenantId === ctx.tenant.id && a.actorId === ctx.actor.userId)).toBe(true);
  });

  it('refuses users who have not verified their email, and the development actor', async () => {
    const { ctx } = await signedIn(HOSTS.root);
    await withPlatform((tx) => tx.update(users).set({ onboardingState: 'signed_up' }).where(eq(users.id, ctx.actor.userId)));
    await expect(saveOnboarding({ ctx, input: { step: 'company', companyName: 'Initech' } })).rejects.toMatchObject({ status: 403 });
    const dev = await getCtx(new Browser(HOSTS.root).headers());
    expect(dev.actor.isDevelopmentActor).toBe(true);
    await expect(saveOnboarding({ ctx: dev, input: { step: 'company', companyName: 'Initech' } })).rejects.toMatchObject({ status: 403 });
  });

  it('sends a branded welcome email with the sign-in link', async () => {
    const email = uniqueEmail('welcome');
    await sendWelcomeMail({ tenantId: 'unused', tenantSlug: 'acme', host: 'voice.acme.localhost:3000', portal: 'customer' }, { id: 'u1', email, name: 'Wanda' }, 'http://voice.acme.localhost:3000/');
    const [message] = await inbox(brevo, email);
    expect(message).toMatchObject({ subject: 'Welcome to Acme Voice', replyTo: { email: 'help@acme.example' }, tags: ['welcome', 'tenant:acme'] });
    expect(message!.htmlContent).toContain('src="http://voice.acme.localhost:3000/brand/acme.svg"');
    expect(message!.textContent).toContain('Sign in: http://voice.acme.localhost:3000/');
  });
});

describe('disabling and enabling users', () => {
  it('lets a super admin disable a reseller user: every session ends at once, sign-in is refused, and it is audited', async () => {
    const { ctx: admin } = await seeded(HOSTS.admin, 'admin@didtron.localhost');
    const victim = await signedIn(HOSTS.acme);
    const second = new Browser(HOSTS.acme);
    expect((await second.post('/sign-in/email', { email: victim.email, password: PASSWORD })).status).toBe(200);

    const after = await disableUser({ ctx: admin, input: { id: victim.ctx.actor.userId } });
    expect(after.status).toBe('disabled');
    await expect(getCtx(victim.browser.headers())).rejects.toMatchObject({ status: 401 });
    await expect(getCtx(second.headers())).rejects.toMatchObject({ status: 401 });
    expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email: victim.email, password: PASSWORD })).status).toBe(403);

    const [event] = await withPlatform((tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, victim.ctx.actor.userId), eq(auditEvents.action, 'status.disabled'))),
    );
    expect(event).toMatchObject({ actorId: admin.actor.userId, tenantId: victim.ctx.tenant.id, before: { status: 'active' }, after: { status: 'disabled' } });

    await enableUser({ ctx: admin, input: { id: victim.ctx.actor.userId } });
    expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email: victim.email, password: PASSWORD })).status).toBe(200);
  });

  it('keeps a tenant admin inside their tenant and below their role', async () => {
    const { ctx: acmeAdmin } = await seeded(HOSTS.acme, 'tenant-admin@acme.localhost');
    const acmeCustomer = await signedIn(HOSTS.acme);
    const rootCustomer = await signedIn(HOSTS.root);
    const [otherAdmin] = await withPlatform((tx) => tx.insert(users).values({ tenantId: acmeAdmin.tenant.id, name: 'Second Admin', email: uniqueEmail('admin2'), role: 'tenant_admin' }).returning());

    await expect(disableUser({ ctx: acmeAdmin, input: { id: acmeCustomer.ctx.actor.userId } })).resolves.toMatchObject({ status: 'disabled' });
    await expect(disableUser({ ctx: acmeAdmin, input: { id: rootCustomer.ctx.actor.userId } })).rejects.toMatchObject({ status: 404 });
    await expect(disableUser({ ctx: acmeAdmin, input: { id: otherAdmin!.id } })).rejects.toMatchObject({ status: 403 });
    await expect(disableUser({ ctx: acmeAdmin, input: { id: acmeAdmin.actor.userId } })).rejects.toMatchObject({ status: 422 });
    await expect(enableUser({ ctx: rootCustomer.ctx, input: { id: acmeCustomer.ctx.actor.userId } })).rejects.toMatchObject({ status: 403 });
    expect((await row(rootCustomer.ctx.actor.userId)).status).toBe('active');
  });
});

describe('the auth route', () => {
  it('answers 404 where nobody signs in, and on unknown tenants', async () => {
    const marketing = new Headers({ host: 'localhost:3000', 'x-portal': 'marketing' });
    expect((await handleAuthRequest(new Request('http://localhost:3000/api/auth/get-session', { headers: marketing }))).status).toBe(404);
    const unknown = new Headers({ host: 'ghost.localhost:3000', 'x-portal': 'customer', 'x-tenant-slug': 'ghost' });
    expect((await handleAuthRequest(new Request('http://ghost.localhost:3000/api/auth/get-session', { headers: unknown }))).status).toBe(404);
    const noProxy = new Headers({ host: 'pbx.localhost:3000' });
    expect((await handleAuthRequest(new Request('http://pbx.localhost:3000/api/auth/get-session', { headers: noProxy }))).status).toBe(404);
  });

  it('refuses a cross-site POST that carries cookies (Better Auth origin check)', async () => {
    const { browser } = await signedIn(HOSTS.root);
    const headers = browser.headers({ 'content-type': 'application/json', origin: 'http://evil.example' });
    const res = await handleAuthRequest(new Request(`http://${HOSTS.root.host}/api/auth/revoke-sessions`, { method: 'POST', headers, body: '{}' }));
    expect(res.status).toBe(403);
    await expect(getOnboardingCtx(browser.headers())).resolves.toBeTruthy();
  });
});

describe('tenant-scoped database for Better Auth', () => {
  it('refuses any query outside a tenant transaction instead of running it without a tenant', () => {
    const db = tenantScopedDb('00000000-0000-4000-8000-000000000009');
    expect(() => (db as { select: unknown }).select).toThrow(/outside a tenant transaction/);
    expect(typeof (db as { transaction: unknown }).transaction).toBe('function');
  });
});

describe('paths', () => {
  it('keeps next= on this site', () => {
    expect(safeNextPath('/settings/security')).toBe('/settings/security');
    expect(safeNextPath('//evil.example/x')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
  });

  it('puts the auth pages at the root of pbx.<root> and under /auth on tenant hosts', () => {
    expect(authPages('signup')).toMatchObject({ home: '/', signIn: '/sign-in', onboarding: '/onboarding' });
    expect(authPages('customer')).toMatchObject({ home: '/auth', signIn: '/auth/sign-in', devMail: '/auth/dev/mail' });
  });
});

describe('sandbox seed and mail viewer', () => {
  it('seeds one account per role, idempotently, and reports none as new on a second run', async () => {
    const creds = sandboxCredentials();
    expect(creds).toHaveLength(12);
    expect(new Set(creds.filter((c) => c.tenant === 'didtron').map((c) => c.role)).size).toBe(8);
    expect(creds.find((c) => c.role === 'super_admin')).toMatchObject({ email: 'admin@didtron.localhost', signInAt: 'http://admin.localhost:3000/' });
    const again = await seedDatabase(inject('ownerUrl'), { demo: true });
    expect(again.createdUsers).toEqual([]);
    const rows = await withPlatform((tx) => tx.select({ email: users.email }).from(users).where(eq(users.email, 'admin@didtron.localhost')));
    expect(rows).toHaveLength(1);
    for (const c of creds.filter((x) => x.tenant === 'acme').slice(0, 1)) {
      expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email: c.email, password: c.password })).status).toBe(200);
    }
  });

  it('lists the fake Brevo inbox with the links in it', async () => {
    const email = uniqueEmail('viewer');
    await new Browser(HOSTS.root).post('/sign-up/email', { name: 'Vera', email, password: PASSWORD });
    const listed = await listSandboxMail('didtron', email);
    expect(listed).toMatchObject({ ok: true, messages: [{ subject: 'Verify your email address for DIDTron' }] });
    expect(listed && listed.ok && listed.messages[0]!.textContent).toMatch(/http:\/\/pbx\.localhost:3000\/api\/auth\/verify-email\?token=/);
  });

  it("shows each host only its own tenant's mail: Acme's viewer never lists root-brand mail, nor the other way round", async () => {
    const rootEmail = uniqueEmail('root-viewer');
    const acmeEmail = uniqueEmail('acme-viewer');
    await new Browser(HOSTS.root).post('/sign-up/email', { name: 'Rita', email: rootEmail, password: PASSWORD });
    await new Browser(HOSTS.acme).post('/sign-up/email', { name: 'Abe', email: acmeEmail, password: PASSWORD });
    const recipients = (listed: Awaited<ReturnType<typeof listSandboxMail>>) => (listed && listed.ok ? listed.messages.flatMap((m) => m.to.map((a) => a.email)) : null);

    const acmeInbox = recipients(await listSandboxMail('acme'));
    expect(acmeInbox).toContain(acmeEmail);
    expect(acmeInbox).not.toContain(rootEmail);
    const rootInbox = recipients(await listSandboxMail('didtron'));
    expect(rootInbox).toContain(rootEmail);
    expect(rootInbox).not.toContain(acmeEmail);
    // Filtering by a recipient of the other tenant shows nothing either.
    expect(recipients(await listSandboxMail('acme', rootEmail))).toEqual([]);
    expect(recipients(await listSandboxMail('didtron', acmeEmail))).toEqual([]);
    // Mail without a tenant tag (none is sent that way) shows on no host.
    await fetch(`${brevo.apiUrl}/smtp/email`, {
      method: 'POST',
      headers: { 'api-key': 'sandbox-fake-brevo-key', 'content-type': 'application/json' },
      body: JSON.stringify({ sender: { email: 'x@didtron.localhost' }, to: [{ email: 'untagged@example.com' }], subject: 'untagged', textContent: 't' }),
    });
    expect(recipients(await listSandboxMail('didtron'))).not.toContain('untagged@example.com');
  });

  it("sends a reseller's mail from its own sender (name and address stored on the tenant), never from the platform", async () => {
    const rootEmail = uniqueEmail('root-sender');
    const acmeEmail = uniqueEmail('acme-sender');
    await new Browser(HOSTS.root).post('/sign-up/email', { name: 'Rita', email: rootEmail, password: PASSWORD });
    await new Browser(HOSTS.acme).post('/sign-up/email', { name: 'Abe', email: acmeEmail, password: PASSWORD });
    const senderOf = async (slug: string, to: string) => {
      const listed = await listSandboxMail(slug, to);
      return listed && listed.ok ? listed.messages[0]?.sender : undefined;
    };
    const acme = await senderOf('acme', acmeEmail);
    expect(acme).toEqual({ name: 'Acme Voice', email: 'no-reply@acme.example' });
    expect(JSON.stringify(acme).toLowerCase()).not.toContain('didtron');
    expect(await senderOf('didtron', rootEmail)).toEqual({ name: 'DIDTron', email: 'no-reply@didtron.localhost' });
  });
});
