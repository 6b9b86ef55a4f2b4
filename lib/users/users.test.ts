import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as endRoute } from '@/app/api/impersonation/end/route';
import { GET as startRoute } from '@/app/api/impersonation/start/route';
import { GET as listRoute } from '@/app/api/admin/users/route';
import { POST as impersonateRoute } from '@/app/api/admin/users/[id]/impersonation/route';
import { withPlatform } from '@/db/client';
import { auditEvents, impersonationGrants, users, type UserRow } from '@/db/schema';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { getPortalViewer } from '@/lib/auth/session';
import { saveOnboarding } from '@/lib/auth/services/save-onboarding';
import { Browser, HOSTS, inbox, linkFromInbox, startAuthTestEnv, uniqueEmail, type HostRef } from '@/tests/support/auth';
import type { Ctx } from '@/lib/context';
import { getCtx, getOnboardingCtx } from '@/lib/http/request-context';
import { makeUser, params, signIn, userRow } from '@/tests/support/users';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { testCtx } from '@/tests/factories';
import { assertSuperAdminRemains } from './access';
import { changeUserRole } from './services/change-user-role';
import { disableUser } from './services/disable-user';
import { enableUser } from './services/enable-user';
import { forceSignOut } from './services/force-sign-out';
import { getUser } from './services/get-user';
import { inviteUser } from './services/invite-user';
import { listUserSessions } from './services/list-user-sessions';
import { listUsers } from './services/list-users';
import { resendInvitation } from './services/resend-invitation';
import { revokeImpersonation } from './services/revoke-impersonation';
import { startImpersonation } from './services/start-impersonation';

const PASSWORD = 'correct-horse-battery';
let brevo: FakeBrevo;
let admin: Ctx;
let acmeAdmin: Ctx;
let tenants: { root: string; acme: string };

/** A verified user with a password and a live session on the acme portal. */
async function acmeCustomer(): Promise<{ browser: Browser; user: UserRow; email: string }> {
  const email = uniqueEmail('cust');
  const browser = new Browser(HOSTS.acme);
  expect((await browser.post('/sign-up/email', { name: 'Cara Customer', email, password: PASSWORD })).status).toBe(200);
  const link = await linkFromInbox(brevo, email, '/api/auth/verify-email');
  await browser.get(`${link.pathname.replace(/^\/api\/auth/, '')}${link.search}`);
  // Signed up, not onboarded: getOnboardingCtx reads the session past the onboarding gate.
  const ctx = await getOnboardingCtx(browser.headers());
  const [user] = await withPlatform((tx) => tx.select().from(users).where(eq(users.id, ctx.actor.userId)));
  return { browser, user: user!, email };
}

const auditOf = (entityId: string, action: string) =>
  withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action))));

beforeAll(async () => {
  brevo = await startAuthTestEnv();
  tenants = { root: (await lookupSlug('didtron'))!.tenantId, acme: (await lookupSlug('acme'))!.tenantId };
  admin = (await signIn(HOSTS.admin, 'admin@didtron.localhost')).ctx;
  acmeAdmin = (await signIn(HOSTS.acme, 'tenant-admin@acme.localhost')).ctx;
});
afterAll(async () => {
  await brevo?.close();
});

describe('permissions', () => {
  it('refuses customers, carriers and staff without the permission', async () => {
    const target = await makeUser('acme', 'customer_user');
    for (const role of ['customer_user', 'customer_admin', 'carrier_user', 'noc'] as const) {
      const ctx = await testCtx(role, role === 'noc' ? 'didtron' : 'acme');
      await expect(listUsers({ ctx, input: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
      await expect(getUser({ ctx, input: { id: target.id } })).rejects.toMatchObject({ status: 403 });
      await expect(inviteUser({ ctx, input: { name: 'Nope', email: uniqueEmail(), role: 'customer_user' } })).rejects.toMatchObject({ status: 403 });
    }
    // support reads users but does not change them, and never impersonates
    const support = await testCtx('support');
    await expect(listUsers({ ctx: support, input: new URLSearchParams({ q: target.email }) })).resolves.toMatchObject({ items: [{ id: target.id }] });
    await expect(getUser({ ctx: support, input: { id: target.id } })).resolves.toMatchObject({ id: target.id, tenant: { slug: 'acme' } });
    await expect(inviteUser({ ctx: support, input: { tenantId: tenants.acme, name: 'Nope', email: uniqueEmail(), role: 'customer_user' } })).rejects.toMatchObject({ status: 403 });
    await expect(changeUserRole({ ctx: support, input: { id: target.id, role: 'customer_admin' } })).rejects.toMatchObject({ status: 403 });
    await expect(disableUser({ ctx: support, input: { id: target.id } })).rejects.toMatchObject({ status: 403 });
    await expect(enableUser({ ctx: support, input: { id: target.id } })).rejects.toMatchObject({ status: 403 });
    await expect(forceSignOut({ ctx: support, input: { id: target.id } })).rejects.toMatchObject({ status: 403 });
    await expect(startImpersonation({ ctx: support, input: { id: target.id } })).rejects.toMatchObject({ status: 403 });
    expect(await userRow(target.id)).toMatchObject({ role: 'customer_user', status: 'active' });
  });

  it('keeps a tenant admin inside their tenant: other tenants’ users and platform staff are 404', async () => {
    const rootCustomer = await makeUser('root', 'customer_user');
    const list = await listUsers({ ctx: acmeAdmin, input: new URLSearchParams({ limit: '100' }) });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((u) => u.tenantId === tenants.acme && !['super_admin', 'support', 'billing', 'noc'].includes(u.role))).toBe(true);
    expect((await listUsers({ ctx: acmeAdmin, input: new URLSearchParams({ q: rootCustomer.email }) })).items).toEqual([]);
    expect((await listUsers({ ctx: acmeAdmin, input: new URLSearchParams({ tenant: tenants.root }) })).items).toEqual([]);
    await expect(getUser({ ctx: acmeAdmin, input: { id: rootCustomer.id } })).rejects.toMatchObject({ status: 404 });
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: rootCustomer.id, role: 'customer_admin' } })).rejects.toMatchObject({ status: 404 });
    await expect(disableUser({ ctx: acmeAdmin, input: { id: rootCustomer.id } })).rejects.toMatchObject({ status: 404 });
    await expect(forceSignOut({ ctx: acmeAdmin, input: { id: rootCustomer.id } })).rejects.toMatchObject({ status: 404 });
    await expect(listUserSessions({ ctx: acmeAdmin, input: { id: rootCustomer.id } })).rejects.toMatchObject({ status: 404 });
    await expect(inviteUser({ ctx: acmeAdmin, input: { tenantId: tenants.root, name: 'Into Root', email: uniqueEmail(), role: 'customer_user' } })).rejects.toMatchObject({ status: 404 });
    expect(await userRow(rootCustomer.id)).toMatchObject({ role: 'customer_user', status: 'active' });

    // The root brand's tenant admin sees the root brand's customers, never the platform staff on it.
    const rootBrandAdmin = await testCtx('tenant_admin', 'didtron');
    const [superAdmin] = await withPlatform((tx) => tx.select().from(users).where(eq(users.email, 'admin@didtron.localhost')));
    await expect(getUser({ ctx: rootBrandAdmin, input: { id: superAdmin!.id } })).rejects.toMatchObject({ status: 404 });
    await expect(getUser({ ctx: rootBrandAdmin, input: { id: rootCustomer.id } })).resolves.toMatchObject({ id: rootCustomer.id });
    const rootList = await listUsers({ ctx: rootBrandAdmin, input: new URLSearchParams({ limit: '100', role: 'super_admin' }) });
    expect(rootList.items).toEqual([]);
  });

  it('lets a tenant admin manage the roles below their own only', async () => {
    const customer = await makeUser('acme', 'customer_user');
    const peer = await makeUser('acme', 'tenant_admin');
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: customer.id, role: 'customer_admin' } })).resolves.toMatchObject({ role: 'customer_admin' });
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: customer.id, role: 'tenant_admin' } })).rejects.toMatchObject({ status: 403 });
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: customer.id, role: 'super_admin' } })).rejects.toMatchObject({ status: 403 });
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: peer.id, role: 'customer_user' } })).rejects.toMatchObject({ status: 403 });
    await expect(disableUser({ ctx: acmeAdmin, input: { id: peer.id } })).rejects.toMatchObject({ status: 403 });
    await expect(changeUserRole({ ctx: acmeAdmin, input: { id: acmeAdmin.actor.userId, role: 'customer_user' } })).rejects.toMatchObject({ status: 422 });
    await expect(inviteUser({ ctx: acmeAdmin, input: { name: 'Peer Admin', email: uniqueEmail(), role: 'tenant_admin' } })).rejects.toMatchObject({ status: 403 });
    expect(await userRow(peer.id)).toMatchObject({ role: 'tenant_admin', status: 'active' });
    const [event] = await auditOf(customer.id, 'role.changed');
    expect(event).toMatchObject({ actorId: acmeAdmin.actor.userId, tenantId: tenants.acme, before: { role: 'customer_user' }, after: { role: 'customer_admin' } });
  });
});

describe('listUsers', () => {
  it('filters by tenant, role and status, searches name and email, and pages by keyset', async () => {
    const tag = randomUUID().slice(0, 8);
    const made: UserRow[] = [];
    for (const [i, role] of (['customer_user', 'customer_user', 'customer_admin'] as const).entries()) {
      made.push(await makeUser('acme', role, { name: `Lister ${tag} ${i}`, email: `lister-${tag}-${i}@example.com` }));
    }
    await withPlatform((tx) => tx.update(users).set({ status: 'disabled' }).where(eq(users.id, made[1]!.id)));
    const q = (p: Record<string, string>) => listUsers({ ctx: admin, input: new URLSearchParams({ q: tag, ...p }) });

    expect((await q({})).items.map((u) => u.name)).toEqual([0, 1, 2].map((i) => `Lister ${tag} ${i}`));
    expect((await q({ role: 'customer_admin' })).items.map((u) => u.id)).toEqual([made[2]!.id]);
    expect((await q({ status: 'disabled' })).items.map((u) => u.id)).toEqual([made[1]!.id]);
    expect((await q({ tenant: tenants.root })).items).toEqual([]);
    expect((await q({ tenant: tenants.acme })).items).toHaveLength(3);
    const one = (await q({})).items[0]!;
    expect(one).toMatchObject({ tenantSlug: 'acme', tenantName: 'Acme Voice', email: `lister-${tag}-0@example.com` });
    expect(one).not.toHaveProperty('password');
    expect((await listUsers({ ctx: admin, input: new URLSearchParams({ q: `lister-${tag}-2@` }) })).items.map((u) => u.id)).toEqual([made[2]!.id]);

    const first = await q({ limit: '2', sort: '-createdAt' });
    expect(first.items).toHaveLength(2);
    expect(first.pageInfo.nextCursor).toBeTruthy();
    const second = await q({ limit: '2', sort: '-createdAt', cursor: first.pageInfo.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.pageInfo.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((u) => u.id))).toEqual(new Set(made.map((m) => m.id)));

    await expect(q({ role: 'wizard' })).rejects.toMatchObject({ status: 422, details: [{ path: 'role' }] });
    await expect(q({ tenant: 'acme' })).rejects.toMatchObject({ status: 422, details: [{ path: 'tenant' }] });
  });
});

describe('inviteUser', () => {
  it('creates the account and emails a set-password link on the tenant’s host; the invitee sets a password and signs in', async () => {
    const email = uniqueEmail('invitee');
    const { user, invitationSent } = await inviteUser({ ctx: admin, input: { tenantId: tenants.acme, name: 'Ivy Invitee', email: ` ${email.toUpperCase()} `, role: 'customer_user' } });
    expect(invitationSent).toBe(true);
    expect(user).toMatchObject({ tenantId: tenants.acme, email, role: 'customer_user', status: 'active', emailVerified: true, onboardingState: 'verified' });
    await expect(getUser({ ctx: admin, input: { id: user.id } })).resolves.toMatchObject({ invitationPending: true });
    const listed = async () => (await listUsers({ ctx: admin, input: new URLSearchParams({ q: email }) })).items;
    expect(await listed()).toMatchObject([{ id: user.id, status: 'active', invitationPending: true }]);

    const [message] = await inbox(brevo, email);
    expect(message).toMatchObject({ subject: 'You have been invited to Acme Voice', tags: ['invitation', 'tenant:acme'] });
    expect(message!.textContent).toContain('This link expires in 7 days.');
    const link = await linkFromInbox(brevo, email, '/reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://voice.acme.localhost:3000/auth/reset-password');

    const browser = new Browser(HOSTS.acme);
    expect((await browser.post('/sign-in/email', { email, password: PASSWORD })).status).toBe(401);
    expect((await browser.post('/reset-password', { token: link.searchParams.get('token'), newPassword: PASSWORD })).status).toBe(200);
    expect((await browser.post('/reset-password', { token: link.searchParams.get('token'), newPassword: 'another-password-1' })).status).toBe(400);
    expect((await browser.post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    await expect(getOnboardingCtx(browser.headers())).resolves.toMatchObject({ actor: { userId: user.id, role: 'customer_user' } });
    await expect(getUser({ ctx: admin, input: { id: user.id } })).resolves.toMatchObject({ invitationPending: false });
    expect(await listed()).toMatchObject([{ id: user.id, invitationPending: false }]);
    await expect(resendInvitation({ ctx: admin, input: { id: user.id } })).rejects.toMatchObject({ status: 409 });

    const [event] = await auditOf(user.id, 'invite');
    expect(event).toMatchObject({ actorId: admin.actor.userId, tenantId: tenants.acme, after: { email, role: 'customer_user', name: 'Ivy Invitee' } });
  });

  it('invites staff on the root brand through pbx.<root>, resends, and refuses duplicates and misplaced roles', async () => {
    const email = uniqueEmail('staff');
    const { user } = await inviteUser({ ctx: admin, input: { name: 'Sid Support', email, role: 'support' } });
    expect(user).toMatchObject({ tenantId: tenants.root, role: 'support', onboardingState: 'active' });
    const link = await linkFromInbox(brevo, email, '/reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://pbx.localhost:3000/reset-password');
    expect((await inbox(brevo, email))[0]!.textContent).toContain('sign in at http://admin.localhost:3000/sign-in');

    await expect(resendInvitation({ ctx: admin, input: { id: user.id } })).resolves.toEqual({ invitationSent: true });
    expect(await inbox(brevo, email)).toHaveLength(2);
    expect((await auditOf(user.id, 'invite.resent')).length).toBe(1);

    await expect(inviteUser({ ctx: admin, input: { name: 'Sid Again', email, role: 'billing' } })).rejects.toMatchObject({ status: 422, details: [{ path: 'email' }] });
    await expect(inviteUser({ ctx: admin, input: { tenantId: tenants.acme, name: 'Acme Staff', email: uniqueEmail(), role: 'support' } })).rejects.toMatchObject({
      status: 422,
      details: [{ path: 'role', message: 'platform roles exist only on the root tenant' }],
    });
    await expect(inviteUser({ ctx: admin, input: { name: 'X', email: 'not-an-email', role: 'customer_user' } })).rejects.toMatchObject({ status: 422 });
    // The same address may hold an account at another tenant.
    await expect(inviteUser({ ctx: admin, input: { tenantId: tenants.acme, name: 'Sid at Acme', email, role: 'customer_user' } })).resolves.toMatchObject({ invitationSent: true });
  });

  it('lets a tenant admin invite into their own tenant', async () => {
    const email = uniqueEmail('carrier');
    const { user } = await inviteUser({ ctx: acmeAdmin, input: { name: 'Carl Carrier', email, role: 'carrier_user' } });
    expect(user).toMatchObject({ tenantId: tenants.acme, role: 'carrier_user' });
    const [event] = await auditOf(user.id, 'invite');
    expect(event).toMatchObject({ actorId: acmeAdmin.actor.userId, tenantId: tenants.acme });
  });
});

describe('changeUserRole', () => {
  it('assigns platform roles on the root tenant only, never to oneself, and keeps a super admin', async () => {
    const rootCustomer = await makeUser('root', 'customer_user');
    const acmeUser = await makeUser('acme', 'customer_user');
    await expect(changeUserRole({ ctx: admin, input: { id: admin.actor.userId, role: 'support' } })).rejects.toMatchObject({ status: 422 });
    await expect(changeUserRole({ ctx: admin, input: { id: acmeUser.id, role: 'noc' } })).rejects.toMatchObject({ status: 422 });
    await expect(changeUserRole({ ctx: admin, input: { id: acmeUser.id, role: 'tenant_admin' } })).resolves.toMatchObject({ role: 'tenant_admin' });
    await expect(changeUserRole({ ctx: admin, input: { id: rootCustomer.id, role: 'support' } })).resolves.toMatchObject({ role: 'support' });
    const [event] = await auditOf(rootCustomer.id, 'role.changed');
    expect(event).toMatchObject({ actorId: admin.actor.userId, actorRole: 'super_admin', before: { role: 'customer_user' }, after: { role: 'support' } });

    // A second super admin can be demoted while another remains.
    const second = await makeUser('root', 'super_admin');
    await expect(changeUserRole({ ctx: admin, input: { id: second.id, role: 'billing' } })).resolves.toMatchObject({ role: 'billing' });
  });

  it('refuses to leave the platform without an active super admin', async () => {
    // Checked inside a transaction that sees every other super admin disabled, then rolled back.
    const rollback = new Error('rollback');
    await expect(
      withPlatform(async (tx) => {
        await tx.update(users).set({ status: 'disabled' }).where(and(eq(users.role, 'super_admin'), eq(users.tenantId, tenants.root)));
        await tx.update(users).set({ status: 'active' }).where(eq(users.id, admin.actor.userId));
        await expect(assertSuperAdminRemains(tx, admin.actor.userId)).rejects.toMatchObject({ status: 409 });
        await expect(assertSuperAdminRemains(tx, randomUUID())).resolves.toBeUndefined();
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await userRow(admin.actor.userId)).toMatchObject({ role: 'super_admin', status: 'active' });
  });
});

describe('disable, enable and force sign-out', () => {
  it('disabling ends every session at once and is audited; enabling lets them sign in again', async () => {
    const { browser, user, email } = await acmeCustomer();
    const second = new Browser(HOSTS.acme);
    expect((await second.post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    await expect(getOnboardingCtx(browser.headers())).resolves.toMatchObject({ actor: { userId: user.id } });
    expect((await listUserSessions({ ctx: admin, input: { id: user.id } })).sessions.filter((s) => s.live)).toHaveLength(2);

    await expect(disableUser({ ctx: admin, input: { id: user.id } })).resolves.toMatchObject({ status: 'disabled' });
    await expect(getOnboardingCtx(browser.headers())).rejects.toMatchObject({ status: 401 });
    await expect(getOnboardingCtx(second.headers())).rejects.toMatchObject({ status: 401 });
    expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email, password: PASSWORD })).status).toBe(403);
    const sessions = await listUserSessions({ ctx: admin, input: { id: user.id } });
    expect(sessions.sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.sessions.some((s) => s.live)).toBe(false);
    expect(JSON.stringify(sessions)).not.toMatch(/token/i);
    const [event] = await auditOf(user.id, 'status.disabled');
    expect(event).toMatchObject({ actorId: admin.actor.userId, tenantId: tenants.acme, before: { status: 'active' }, after: { status: 'disabled' } });

    await expect(enableUser({ ctx: acmeAdmin, input: { id: user.id } })).resolves.toMatchObject({ status: 'active' });
    expect((await auditOf(user.id, 'status.active'))[0]).toMatchObject({ actorId: acmeAdmin.actor.userId });
    expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    await expect(getOnboardingCtx(browser.headers())).rejects.toMatchObject({ status: 401 }); // old sessions stay ended
  });

  it('force sign-out ends the sessions but keeps the account', async () => {
    const { browser, user, email } = await acmeCustomer();
    await expect(forceSignOut({ ctx: acmeAdmin, input: { id: user.id } })).resolves.toEqual({ endedImpersonations: 0 });
    await expect(getOnboardingCtx(browser.headers())).rejects.toMatchObject({ status: 401 });
    expect(await userRow(user.id)).toMatchObject({ status: 'active' });
    expect((await new Browser(HOSTS.acme).post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    expect((await auditOf(user.id, 'sessions.revoked'))[0]).toMatchObject({ actorId: acmeAdmin.actor.userId, tenantId: tenants.acme });
  });

  it('refuses to disable or sign out oneself; unknown users are 404', async () => {
    await expect(disableUser({ ctx: admin, input: { id: admin.actor.userId } })).rejects.toMatchObject({ status: 422 });
    await expect(forceSignOut({ ctx: admin, input: { id: admin.actor.userId } })).rejects.toMatchObject({ status: 422 });
    await expect(disableUser({ ctx: admin, input: { id: randomUUID() } })).rejects.toMatchObject({ status: 404 });
    await expect(getCtx((await signIn(HOSTS.admin, 'admin@didtron.localhost')).browser.headers())).resolves.toBeTruthy();
  });
});

describe('impersonation', () => {
  /** Starts an impersonation and exchanges its link on the given host, as the browser would. */
  async function impersonate(target: UserRow, at: HostRef = HOSTS.acme) {
    const started = await startImpersonation({ ctx: admin, input: { id: target.id, reason: 'ticket 42' } });
    const browser = new Browser(at);
    const res = await startRoute(new NextRequest(started.url, { headers: browser.headers() }), params({}));
    browser.absorb(res);
    return { started, browser, res };
  }

  it('is for super admins, on customer users only', async () => {
    const customer = await makeUser('acme', 'customer_user');
    await expect(startImpersonation({ ctx: await testCtx('support'), input: { id: customer.id } })).rejects.toMatchObject({ status: 403 });
    await expect(startImpersonation({ ctx: acmeAdmin, input: { id: customer.id } })).rejects.toMatchObject({ status: 403 });
    // The sandbox development actor is no real account: it cannot be the impersonator of record.
    await expect(startImpersonation({ ctx: await testCtx('super_admin'), input: { id: customer.id } })).rejects.toMatchObject({ status: 403 });
    for (const role of ['tenant_admin', 'carrier_user', 'super_admin', 'support'] as const) {
      const other = await makeUser(role === 'tenant_admin' || role === 'carrier_user' ? 'acme' : 'root', role);
      await expect(startImpersonation({ ctx: admin, input: { id: other.id } })).rejects.toMatchObject({ status: 403 });
    }
    const disabled = await makeUser('acme', 'customer_admin', { status: 'disabled' });
    await expect(startImpersonation({ ctx: admin, input: { id: disabled.id } })).rejects.toMatchObject({ status: 409 });
    await expect(startImpersonation({ ctx: admin, input: { id: randomUUID() } })).rejects.toMatchObject({ status: 404 });
    const grants = await withPlatform((tx) => tx.select().from(impersonationGrants).where(eq(impersonationGrants.targetUserId, customer.id)));
    expect(grants).toEqual([]);
  });

  it('exchanges a single-use link on the target’s host for a host-only cookie; getCtx then acts as the target, audited with both ids', async () => {
    const target = await makeUser('acme', 'customer_user', { onboardingState: 'verified', name: 'Tess Target' });
    const started = await startImpersonation({ ctx: admin, input: { id: target.id, reason: 'ticket 42' } });
    const url = new URL(started.url);
    // The platform's name for the reseller, not the reseller's own domain (whose DNS the reseller controls).
    expect(`${url.origin}${url.pathname}`).toBe('http://acme.localhost:3000/api/impersonation/start');
    expect(started.expiresAt.getTime() - Date.now()).toBeGreaterThan(25 * 60 * 1000);
    expect((await auditOf(target.id, 'impersonation.started'))[0]).toMatchObject({ actorId: admin.actor.userId, tenantId: tenants.acme, after: { grantId: started.grantId, reason: 'ticket 42' } });
    const [stored] = await withPlatform((tx) => tx.select().from(impersonationGrants).where(eq(impersonationGrants.id, started.grantId)));
    expect(stored!.tokenHash).not.toContain(url.searchParams.get('token'));

    // Another tenant's host cannot redeem it (and does not use it up).
    const wrongHost = await startRoute(new NextRequest(started.url.replace('voice.acme.localhost', 'switch.pbx.localhost'), { headers: new Browser(HOSTS.rootPortal).headers() }), params({}));
    expect(wrongHost.status).toBe(410);
    // Not on the admin host either: the route exists for customer portals only.
    expect((await startRoute(new NextRequest(started.url, { headers: new Browser(HOSTS.admin).headers() }), params({}))).status).toBe(404);

    const browser = new Browser(HOSTS.acme);
    const res = await startRoute(new NextRequest(started.url, { headers: browser.headers() }), params({}));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('didtron.impersonation='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/Max-Age=(17\d\d|1800)/);
    browser.absorb(res);

    // Single use.
    expect((await startRoute(new NextRequest(started.url, { headers: new Browser(HOSTS.acme).headers() }), params({}))).status).toBe(410);

    const ctx = await getCtx(browser.headers());
    expect(ctx).toMatchObject({ actor: { userId: target.id, role: 'customer_user', tenantId: tenants.acme, impersonatorId: admin.actor.userId }, tenant: { id: tenants.acme, slug: 'acme' } });
    await expect(getPortalViewer(browser.headers())).resolves.toMatchObject({
      kind: 'user',
      user: { id: target.id, name: 'Tess Target' },
      impersonation: { impersonator: { id: admin.actor.userId, email: 'admin@didtron.localhost' } },
    });
    // The cookie means nothing on another host of the platform.
    const elsewhere = new Browser(HOSTS.rootPortal);
    elsewhere.cookies.set('didtron.impersonation', browser.cookies.get('didtron.impersonation')!);
    await expect(getCtx(elsewhere.headers())).rejects.toMatchObject({ status: 401 });

    await saveOnboarding({ ctx, input: { step: 'company', companyName: 'Impersonated Co' } });
    const [write] = await auditOf(target.id, 'onboarding.company');
    expect(write).toMatchObject({ actorId: target.id, impersonatorId: admin.actor.userId, tenantId: tenants.acme });

    const sessions = await listUserSessions({ ctx: admin, input: { id: target.id } });
    expect(sessions.impersonations).toMatchObject([{ id: started.grantId, impersonatorEmail: 'admin@didtron.localhost', live: true, reason: 'ticket 42' }]);

    // Another site cannot end it.
    const forged = await endRoute(
      new NextRequest('http://voice.acme.localhost:3000/api/impersonation/end', { method: 'POST', headers: browser.headers({ origin: 'http://evil.example' }) }),
      params({}),
    );
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie()).toEqual([]);
    await expect(getCtx(browser.headers())).resolves.toMatchObject({ actor: { impersonatorId: admin.actor.userId } });

    // End: the grant is revoked, the cookie cleared, and the old cookie no longer works.
    const endRes = await endRoute(
      new NextRequest('http://voice.acme.localhost:3000/api/impersonation/end', { method: 'POST', headers: browser.headers({ origin: 'http://voice.acme.localhost:3000' }) }),
      params({}),
    );
    expect(endRes.status).toBe(200);
    expect(await endRes.json()).toEqual({ ended: true });
    expect(endRes.headers.getSetCookie().find((c) => c.startsWith('didtron.impersonation='))).toMatch(/Max-Age=0/);
    await expect(getCtx(browser.headers())).rejects.toMatchObject({ status: 401 });
    await expect(getPortalViewer(browser.headers())).resolves.toEqual({ kind: 'impersonation-ended' });
    expect((await auditOf(target.id, 'impersonation.ended'))[0]).toMatchObject({ actorId: target.id, impersonatorId: admin.actor.userId });
    const [ended] = await withPlatform((tx) => tx.select().from(impersonationGrants).where(eq(impersonationGrants.id, started.grantId)));
    expect(ended).toMatchObject({ endReason: 'ended', sessionHash: null, endedAt: expect.any(Date) });
    // Ending again just clears the cookie.
    const again = await endRoute(new NextRequest('http://voice.acme.localhost:3000/api/impersonation/end', { method: 'POST', headers: browser.headers() }), params({}));
    expect(await again.json()).toEqual({ ended: false });
  });

  it('uses the root brand’s portal host for root customers', async () => {
    const target = await makeUser('root', 'customer_admin');
    const { started, browser, res } = await impersonate(target, HOSTS.rootPortal);
    expect(new URL(started.url).host).toBe('switch.pbx.localhost:3000');
    expect(res.status).toBe(303);
    await expect(getCtx(browser.headers())).resolves.toMatchObject({ actor: { userId: target.id, impersonatorId: admin.actor.userId } });
  });

  it('refuses expired links and expired grants', async () => {
    const target = await makeUser('acme', 'customer_user');
    const late = await startImpersonation({ ctx: admin, input: { id: target.id } });
    await withPlatform((tx) => tx.update(impersonationGrants).set({ tokenExpiresAt: new Date(Date.now() - 1000) }).where(eq(impersonationGrants.id, late.grantId)));
    expect((await startRoute(new NextRequest(late.url, { headers: new Browser(HOSTS.acme).headers() }), params({}))).status).toBe(410);

    const { started, browser } = await impersonate(target);
    await expect(getCtx(browser.headers())).resolves.toMatchObject({ actor: { userId: target.id } });
    await withPlatform((tx) => tx.update(impersonationGrants).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(impersonationGrants.id, started.grantId)));
    await expect(getCtx(browser.headers())).rejects.toMatchObject({ status: 401 });
  });

  it('ends when the target is disabled, changes role, is signed out, or a super admin revokes it', async () => {
    const target = await makeUser('acme', 'customer_user');
    const a = await impersonate(target);
    await changeUserRole({ ctx: admin, input: { id: target.id, role: 'carrier_user' } });
    await expect(getCtx(a.browser.headers())).rejects.toMatchObject({ status: 401 });
    await changeUserRole({ ctx: admin, input: { id: target.id, role: 'customer_user' } });

    const b = await impersonate(target);
    await forceSignOut({ ctx: admin, input: { id: target.id } });
    await expect(getCtx(b.browser.headers())).rejects.toMatchObject({ status: 401 });

    const c = await impersonate(target);
    await expect(revokeImpersonation({ ctx: await testCtx('support'), input: { userId: target.id, grantId: c.started.grantId } })).rejects.toMatchObject({ status: 403 });
    await revokeImpersonation({ ctx: admin, input: { userId: target.id, grantId: c.started.grantId } });
    await expect(getCtx(c.browser.headers())).rejects.toMatchObject({ status: 401 });
    await expect(revokeImpersonation({ ctx: admin, input: { userId: target.id, grantId: c.started.grantId } })).rejects.toMatchObject({ status: 404 });

    const d = await impersonate(target);
    await disableUser({ ctx: admin, input: { id: target.id } });
    await expect(getCtx(d.browser.headers())).rejects.toMatchObject({ status: 401 });
    const [grant] = await withPlatform((tx) => tx.select().from(impersonationGrants).where(eq(impersonationGrants.id, d.started.grantId)));
    expect(grant!.endReason).toBe('user_disabled');
  });
});

describe('admin routes', () => {
  it('serve the admin host only, with the declared permission', async () => {
    const adminHeaders = new Browser(HOSTS.admin).headers(); // no cookie: the sandbox development actor (super admin)
    const ok = await listRoute(new NextRequest('http://admin.localhost:3000/api/admin/users?limit=1', { headers: adminHeaders }), params({}));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ items: [expect.any(Object)], pageInfo: { limit: 1 } });
    const onPortal = await listRoute(new NextRequest('http://voice.acme.localhost:3000/api/admin/users', { headers: new Browser(HOSTS.acme).headers() }), params({}));
    expect(onPortal.status).toBe(404);

    const target = await makeUser('acme', 'customer_user');
    const { browser } = await signIn(HOSTS.admin, 'admin@didtron.localhost');
    const res = await impersonateRoute(
      new NextRequest(`http://admin.localhost:3000/api/admin/users/${target.id}/impersonation`, { method: 'POST', headers: browser.headers({ 'content-type': 'application/json' }), body: '{"reason":"route"}' }),
      params({ id: target.id }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ url: expect.stringContaining('/api/impersonation/start?token=') });
    const { browser: support } = await signIn(HOSTS.admin, 'support@didtron.localhost');
    const refused = await impersonateRoute(
      new NextRequest(`http://admin.localhost:3000/api/admin/users/${target.id}/impersonation`, { method: 'POST', headers: support.headers({ 'content-type': 'application/json' }), body: '{}' }),
      params({ id: target.id }),
    );
    expect(refused.status).toBe(403);
  });
});
