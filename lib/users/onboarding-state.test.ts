import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as onboardingRoute } from '@/app/api/admin/users/[id]/onboarding/route';
import { withPlatform } from '@/db/client';
import { auditEvents, onboardingStates } from '@/db/schema';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { can, roles } from '@/lib/auth/permissions';
import { getPortalViewer } from '@/lib/auth/session';
import { saveOnboarding } from '@/lib/auth/services/save-onboarding';
import { Browser, HOSTS, linkFromInbox, startAuthTestEnv, uniqueEmail } from '@/tests/support/auth';
import type { Ctx } from '@/lib/context';
import { getOnboardingCtx } from '@/lib/http/request-context';
import { makeUser, params, signIn, userRow } from '@/tests/support/users';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { testCtx } from '@/tests/factories';
import { missingOnboardingDetails, onboardingStateOptions } from './schemas';
import { setOnboardingState } from './services/set-onboarding-state';

const PASSWORD = 'correct-horse-battery';
let brevo: FakeBrevo;
let admin: Ctx;
let tenants: { root: string; acme: string };

/** Every detail the onboarding wizard collects, as a finished customer has them. */
const completeDetails = { companyName: 'Complete Co', customerCategory: 'sip_trunk', billingCurrency: 'EUR', termsAcceptedAt: new Date() } as const;

const auditOf = (entityId: string) =>
  withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, 'onboarding.set'))).orderBy(auditEvents.occurredAt));

beforeAll(async () => {
  brevo = await startAuthTestEnv();
  tenants = { root: (await lookupSlug('didtron'))!.tenantId, acme: (await lookupSlug('acme'))!.tenantId };
  admin = (await signIn(HOSTS.admin, 'admin@didtron.localhost')).ctx;
});
afterAll(async () => {
  await brevo?.close();
});

describe('the onboarding states', () => {
  it('offers exactly the gate of the schema, in order', () => {
    expect(onboardingStateOptions).toEqual(onboardingStates);
  });

  it('is a permission of super admins alone', () => {
    expect(roles.filter((r) => can(r, 'users.onboarding'))).toEqual(['super_admin']);
  });
});

describe('setOnboardingState', () => {
  it('refuses everyone but a super admin, including support and tenant admins, and changes nothing', async () => {
    const target = await makeUser('acme', 'customer_user', { onboardingState: 'verified' });
    const acmeAdmin = (await signIn(HOSTS.acme, 'tenant-admin@acme.localhost')).ctx;
    const refused: Ctx[] = [acmeAdmin, await testCtx('support'), await testCtx('billing'), await testCtx('noc'), await testCtx('tenant_admin', 'didtron')];
    for (const role of ['customer_admin', 'customer_user', 'carrier_user'] as const) refused.push(await testCtx(role, 'acme'));
    for (const ctx of refused) {
      await expect(setOnboardingState({ ctx, input: { id: target.id, state: 'active', force: true, reason: 'not allowed' } }), ctx.actor.role).rejects.toMatchObject({ status: 403 });
    }
    // An API key never carries more than its role, but a super admin's key without the scope is refused too.
    const keyed: Ctx = { ...admin, actor: { ...admin.actor, apiKey: { id: randomUUID(), name: 'k', prefix: 'k', scopes: ['users.write'] } } };
    await expect(setOnboardingState({ ctx: keyed, input: { id: target.id, state: 'active', force: true, reason: 'scoped key' } })).rejects.toMatchObject({ status: 403 });
    expect(await userRow(target.id)).toMatchObject({ onboardingState: 'verified' });
    expect(await auditOf(target.id)).toEqual([]);
  });

  it('answers 404 for users that do not exist, and refuses one’s own account and unknown states', async () => {
    await expect(setOnboardingState({ ctx: admin, input: { id: randomUUID(), state: 'verified' } })).rejects.toMatchObject({ status: 404 });
    await expect(setOnboardingState({ ctx: admin, input: { id: admin.actor.userId, state: 'verified' } })).rejects.toMatchObject({ status: 422, details: [{ path: 'id' }] });
    const target = await makeUser('root', 'customer_admin');
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'visitor' as never } })).rejects.toMatchObject({ status: 422, details: [{ path: 'state' }] });
    await expect(setOnboardingState({ ctx: admin, input: { id: 'not-a-uuid', state: 'verified' } })).rejects.toMatchObject({ status: 422, details: [{ path: 'id' }] });
    expect(await userRow(target.id)).toMatchObject({ onboardingState: 'active' });
  });

  it('moves a user to any state and back, auditing each move with before and after', async () => {
    const target = await makeUser('acme', 'customer_admin', { onboardingState: 'verified', ...completeDetails });
    for (const state of ['signed_up', 'onboarding_incomplete', 'verified', 'active'] as const) {
      await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state } })).resolves.toMatchObject({ id: target.id, onboardingState: state });
    }
    expect(await userRow(target.id)).toMatchObject({ onboardingState: 'active' });
    const events = await auditOf(target.id);
    expect(events.map((e) => [(e.before as { onboardingState: string }).onboardingState, (e.after as { onboardingState: string }).onboardingState])).toEqual([
      ['verified', 'signed_up'],
      ['signed_up', 'onboarding_incomplete'],
      ['onboarding_incomplete', 'verified'],
      ['verified', 'active'],
    ]);
    // Complete details: activating needs no force.
    expect(events[3]).toMatchObject({ actorId: admin.actor.userId, actorRole: 'super_admin', tenantId: tenants.acme, entity: 'user', after: { onboardingState: 'active', forced: false } });
    // The same state again changes nothing and records nothing.
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active' } })).resolves.toMatchObject({ onboardingState: 'active' });
    expect(await auditOf(target.id)).toHaveLength(4);
  });

  it('activates an incomplete onboarding only when forced with a reason, which the audit keeps', async () => {
    const target = await makeUser('acme', 'customer_user', { onboardingState: 'onboarding_incomplete', companyName: 'Half Done Ltd' });
    expect(missingOnboardingDetails(target)).toEqual(['customer category', 'billing currency', 'accepted terms']);

    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active' } })).rejects.toMatchObject({
      status: 422,
      details: [{ path: 'state', message: expect.stringContaining('missing customer category, billing currency, accepted terms') }],
    });
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active', force: true } })).rejects.toMatchObject({ status: 422, details: [{ path: 'reason' }] });
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active', force: true, reason: '  abc   ' } })).rejects.toMatchObject({ status: 422, details: [{ path: 'reason' }] });
    // A reason alone is no force.
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active', reason: 'contract signed offline' } })).rejects.toMatchObject({ status: 422, details: [{ path: 'state' }] });
    expect(await userRow(target.id)).toMatchObject({ onboardingState: 'onboarding_incomplete' });
    expect(await auditOf(target.id)).toEqual([]);

    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'active', force: true, reason: ' contract signed offline ' } })).resolves.toMatchObject({ onboardingState: 'active' });
    const [event] = await auditOf(target.id);
    expect(event).toMatchObject({
      actorId: admin.actor.userId,
      tenantId: tenants.acme,
      before: { onboardingState: 'onboarding_incomplete' },
      after: { onboardingState: 'active', forced: true, reason: 'contract signed offline', missing: ['customer category', 'billing currency', 'accepted terms'] },
    });
    // Moving away from active needs no force.
    await expect(setOnboardingState({ ctx: admin, input: { id: target.id, state: 'verified' } })).resolves.toMatchObject({ onboardingState: 'verified' });
  });

  it('re-closes the portal of a user moved back from active: their next request sees them not active, and they can finish onboarding again', async () => {
    const email = uniqueEmail('reclose');
    const browser = new Browser(HOSTS.acme);
    expect((await browser.post('/sign-up/email', { name: 'Rita Reclosed', email, password: PASSWORD })).status).toBe(200);
    const link = await linkFromInbox(brevo, email, '/api/auth/verify-email');
    await browser.get(`${link.pathname.replace(/^\/api\/auth/, '')}${link.search}`);
    const ctx = await getOnboardingCtx(browser.headers());
    await saveOnboarding({ ctx, input: { step: 'company', companyName: 'Rita Telecom' } });
    await saveOnboarding({ ctx, input: { step: 'category', customerCategory: 'enterprise' } });
    await saveOnboarding({ ctx, input: { step: 'currency', billingCurrency: 'usd' } });
    await expect(saveOnboarding({ ctx, input: { step: 'terms', acceptTerms: true } })).resolves.toMatchObject({ completed: true });
    await expect(getPortalViewer(browser.headers())).resolves.toMatchObject({ kind: 'user', user: { id: ctx.actor.userId, onboardingState: 'active' } });

    await setOnboardingState({ ctx: admin, input: { id: ctx.actor.userId, state: 'onboarding_incomplete' } });
    const viewer = await getPortalViewer(browser.headers());
    expect(viewer).toMatchObject({ kind: 'user', user: { id: ctx.actor.userId } });
    expect(viewer.kind === 'user' && viewer.user.onboardingState).toBe('onboarding_incomplete');
    expect((await userRow(ctx.actor.userId)).onboardingState).not.toBe('active');

    // Back in the wizard: accepting the terms again reactivates the account (the details are kept).
    await expect(saveOnboarding({ ctx, input: { step: 'terms', acceptTerms: true } })).resolves.toMatchObject({ completed: true, user: { onboardingState: 'active', companyName: 'Rita Telecom' } });
  });
});

describe('POST /api/admin/users/[id]/onboarding', () => {
  const post = (id: string, headers: Headers, body: unknown) =>
    onboardingRoute(
      new NextRequest(`http://admin.localhost:3000/api/admin/users/${id}/onboarding`, { method: 'POST', headers: (headers.set('content-type', 'application/json'), headers), body: JSON.stringify(body) }),
      params({ id }),
    );

  it('serves super admins on the admin host, with field problems as details', async () => {
    const target = await makeUser('acme', 'customer_user');
    const { browser } = await signIn(HOSTS.admin, 'admin@didtron.localhost');
    const moved = await post(target.id, browser.headers(), { state: 'onboarding_incomplete' });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ id: target.id, onboardingState: 'onboarding_incomplete' });

    const incomplete = await post(target.id, browser.headers(), { state: 'active', force: true, reason: 'no' });
    expect(incomplete.status).toBe(422);
    expect(await incomplete.json()).toMatchObject({ error: { details: [{ path: 'reason' }] } });
    const forced = await post(target.id, browser.headers(), { state: 'active', force: true, reason: 'route check' });
    expect(forced.status).toBe(200);
    expect((await auditOf(target.id)).at(-1)).toMatchObject({ after: { reason: 'route check', forced: true } });

    const { browser: support } = await signIn(HOSTS.admin, 'support@didtron.localhost');
    expect((await post(target.id, support.headers(), { state: 'verified' })).status).toBe(403);
    const onPortal = await onboardingRoute(
      new NextRequest(`http://voice.acme.localhost:3000/api/admin/users/${target.id}/onboarding`, { method: 'POST', headers: new Browser(HOSTS.acme).headers({ 'content-type': 'application/json' }), body: '{"state":"verified"}' }),
      params({ id: target.id }),
    );
    expect(onPortal.status).toBe(404);
    expect(await userRow(target.id)).toMatchObject({ onboardingState: 'active' });
  });
});
