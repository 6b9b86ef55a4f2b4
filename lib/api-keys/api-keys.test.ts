import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as revokeRoute, GET as getKeyRoute } from '@/app/api/v1/keys/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/keys/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { GET as adminTenantsRoute } from '@/app/api/admin/tenants/route';
import { withPlatform, withTenant } from '@/db/client';
import { apiKeys, auditEvents } from '@/db/schema';
import { HOSTS, type Browser, type HostRef } from '@/tests/support/auth';
import { createUser, ctxOf, setUserRole, setUserStatus, signInAs, tenantIdOf } from '@/tests/actors';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './key-format';
import { createApiKey } from './services/create-api-key';
import type { WhoAmI } from './services/who-am-i';
import type { ApiKeyView } from './views';

/**
 * The public API keys end to end: created over the route with a real Better Auth session, then used
 * as `Authorization: Bearer` on /api/v1, with the headers the proxy sets for each host.
 */

type Created = ApiKeyView & { key: string };
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
let rootId: string;
let acmeId: string;

beforeAll(async () => {
  rootId = await tenantIdOf('didtron');
  acmeId = await tenantIdOf('acme');
});

function proxyHeaders(at: HostRef, extra: Record<string, string> = {}): Headers {
  const h = new Headers({ host: at.host, 'x-portal': at.portal, 'x-request-id': randomUUID(), ...extra });
  if (at.slug) h.set('x-tenant-slug', at.slug);
  return h;
}

function withSession(browser: Browser, path: string, init: { method?: string; body?: unknown } = {}): NextRequest {
  const headers = browser.headers(init.body === undefined ? {} : { 'content-type': 'application/json' });
  return new NextRequest(`http://${browser.at.host}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

function withKey(key: string, at: HostRef, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): NextRequest {
  const headers = proxyHeaders(at, { authorization: `Bearer ${key}`, ...init.headers });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(`http://${at.host}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function createKey(browser: Browser, body: Record<string, unknown>): Promise<Created> {
  const res = await createRoute(withSession(browser, '/api/v1/keys', { method: 'POST', body }), params({}));
  expect(res.status, await res.clone().text()).toBe(201);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as Created;
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

async function keyRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(apiKeys).where(eq(apiKeys.id, id)));
  return row!;
}

describe('key format', () => {
  it('mints keys whose public prefix finds the row and whose hash alone is stored', () => {
    const a = generateApiKey('live');
    const b = generateApiKey('test');
    expect(a.key).toMatch(/^dtk_live_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(b.prefix).toMatch(/^dtk_test_[a-z0-9]{8}$/);
    expect(apiKeyPrefix(a.key)).toBe(a.prefix);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(apiKeyMatches(a.key, a.hash)).toBe(true);
    expect(apiKeyMatches(b.key, a.hash)).toBe(false);
    expect(apiKeyMatches(`${a.key}x`, a.hash)).toBe(false);
    for (const bad of ['', 'dtk_live_ab12cd34', `${a.key}=`, a.key.replace('dtk_', 'dtx_'), `Bearer ${a.key}`, a.key.toUpperCase()]) expect(apiKeyPrefix(bad)).toBeNull();
  });
});

describe('creating, listing and revoking keys with a session', () => {
  it('shows the key once, stores only its hash, lists without secrets and audits creation and revocation', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const created = await createKey(browser, { name: '  Billing sync  ', scopes: ['portal.use', 'users.read', 'portal.use'] });
    expect(created).toMatchObject({ name: 'Billing sync', scopes: ['portal.use', 'users.read'], status: 'active', ownerUserId: owner.id, createdBy: owner.id, customerAccountId: null, revokedAt: null, lastUsedAt: null, expiresAt: null });
    expect(created.key).toMatch(/^dtk_test_[a-z0-9]{8}_/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created).not.toHaveProperty('hash');
    expect(created).not.toHaveProperty('tenantId');

    const row = await keyRow(created.id);
    expect(row).toMatchObject({ tenantId: acmeId, hash: hashApiKey(created.key), prefix: created.prefix });
    expect(JSON.stringify(row)).not.toContain(created.key.slice(created.prefix.length + 1));

    const list = await listRoute(withSession(browser, '/api/v1/keys'), params({}));
    expect(list.status).toBe(200);
    const text = await list.text();
    const body = JSON.parse(text) as { items: ApiKeyView[]; pageInfo: unknown };
    expect(body.items.map((k) => k.id)).toEqual([created.id]);
    expect(text).not.toContain(created.key);
    expect(text).not.toContain(row.hash);

    const one = await getKeyRoute(withSession(browser, `/api/v1/keys/${created.id}`), params({ id: created.id }));
    expect(await one.json()).toMatchObject({ id: created.id, status: 'active' });

    const revoked = await revokeRoute(withSession(browser, `/api/v1/keys/${created.id}`, { method: 'DELETE' }), params({ id: created.id }));
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ id: created.id, status: 'revoked' });
    // Again: nothing changes and nothing more is audited.
    expect((await revokeRoute(withSession(browser, `/api/v1/keys/${created.id}`, { method: 'DELETE' }), params({ id: created.id }))).status).toBe(200);

    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, created.id)).orderBy(auditEvents.occurredAt));
    expect(audit.map((a) => [a.action, a.tenantId, a.actorId, a.actorRole])).toEqual([
      ['create', acmeId, owner.id, 'customer_admin'],
      ['revoke', acmeId, owner.id, 'customer_admin'],
    ]);
    expect(JSON.stringify(audit)).not.toContain(row.hash);
    expect(JSON.stringify(audit)).not.toContain(created.key);
  });

  it('refuses scopes the role lacks, unknown scopes, a past expiry and an empty name, naming the field', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ name: 'x', scopes: ['tenants.write'] }, 'scopes', /customer_admin\) does not have tenants\.write/],
      [{ name: 'x', scopes: ['root.everything'] }, 'scopes.0', /./],
      [{ name: 'x', scopes: [] }, 'scopes', /at least one scope/],
      [{ name: '   ', scopes: ['portal.use'] }, 'name', /must not be empty/],
      [{ name: 'x', scopes: ['portal.use'], expiresAt: '2001-01-01T00:00:00Z' }, 'expiresAt', /in the future/],
      [{ name: 'x', scopes: ['portal.use'], expiresAt: 'tomorrow' }, 'expiresAt', /ISO 8601/],
    ];
    for (const [body, path, message] of cases) {
      const res = await createRoute(withSession(browser, '/api/v1/keys', { method: 'POST', body }), params({}));
      expect(res.status, JSON.stringify(body)).toBe(422);
      const details = ((await res.json()) as { error: { details: Array<{ path: string; message: string }> } }).error.details;
      expect(details.find((d) => d.path === path)?.message, JSON.stringify(details)).toMatch(message);
    }
    const [{ n }] = (await withTenant(acmeId, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(apiKeys).where(eq(apiKeys.ownerUserId, owner.id)))) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('keeps customers to their own keys, lets the tenant admin see and revoke every key of the tenant, and nobody another tenant\'s', async () => {
    const alice = await createUser('acme', 'customer_admin', 'alice');
    const bob = await createUser('acme', 'customer_admin', 'bob');
    const admin = await createUser('acme', 'tenant_admin');
    const rootUser = await createUser('didtron', 'customer_admin');
    const [aliceB, bobB, adminB, rootB] = await Promise.all([signInAs(alice, HOSTS.acme), signInAs(bob, HOSTS.acme), signInAs(admin, HOSTS.acme), signInAs(rootUser, HOSTS.rootPortal)]);
    const aliceKey = await createKey(aliceB, { name: 'alice', scopes: ['portal.use'] });
    const rootKey = await createKey(rootB, { name: 'root', scopes: ['portal.use'] });

    const bobList = (await (await listRoute(withSession(bobB, '/api/v1/keys'), params({}))).json()) as { items: ApiKeyView[] };
    expect(bobList.items).toEqual([]);
    expect((await getKeyRoute(withSession(bobB, `/api/v1/keys/${aliceKey.id}`), params({ id: aliceKey.id }))).status).toBe(404);
    expect((await revokeRoute(withSession(bobB, `/api/v1/keys/${aliceKey.id}`, { method: 'DELETE' }), params({ id: aliceKey.id }))).status).toBe(404);

    const adminList = (await (await listRoute(withSession(adminB, `/api/v1/keys?q=${aliceKey.prefix}`), params({}))).json()) as { items: ApiKeyView[] };
    expect(adminList.items.map((k) => k.id)).toEqual([aliceKey.id]);
    for (const b of [aliceB, bobB, adminB]) {
      expect((await getKeyRoute(withSession(b, `/api/v1/keys/${rootKey.id}`), params({ id: rootKey.id }))).status).toBe(404);
      expect((await revokeRoute(withSession(b, `/api/v1/keys/${rootKey.id}`, { method: 'DELETE' }), params({ id: rootKey.id }))).status).toBe(404);
    }
    const acmeSeesRoot = await withTenant(acmeId, (tx) => tx.select().from(apiKeys).where(eq(apiKeys.id, rootKey.id)));
    expect(acmeSeesRoot).toEqual([]);
    expect((await keyRow(rootKey.id)).revokedAt).toBeNull();

    expect((await revokeRoute(withSession(adminB, `/api/v1/keys/${aliceKey.id}`, { method: 'DELETE' }), params({ id: aliceKey.id }))).status).toBe(200);
    expect((await keyRow(aliceKey.id)).revokedAt).toBeInstanceOf(Date);
    const [audit] = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, aliceKey.id), eq(auditEvents.action, 'revoke'))));
    expect(audit).toMatchObject({ actorId: admin.id, tenantId: acmeId });
  });

  it('serves key management on the customer portal only, to a real signed-in user only', async () => {
    const owner = await createUser('acme', 'tenant_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const key = await createKey(browser, { name: 'all', scopes: ['portal.use', 'api_keys.read', 'api_keys.write'] });

    // A key (even one scoped for key management) cannot list, mint or revoke keys.
    for (const res of [
      await listRoute(withKey(key.key, HOSTS.acme, '/api/v1/keys'), params({})),
      await createRoute(withKey(key.key, HOSTS.acme, '/api/v1/keys', { method: 'POST', body: { name: 'child', scopes: ['portal.use'] } }), params({})),
      await revokeRoute(withKey(key.key, HOSTS.acme, `/api/v1/keys/${key.id}`, { method: 'DELETE' }), params({ id: key.id })),
    ]) {
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message).toBe('API keys are managed by a signed-in user, not with an API key');
    }
    // The sandbox development actor (no session cookie; DEV_ACTOR is on in tests) is nobody's owner.
    const dev = await createRoute(new NextRequest(`http://${HOSTS.acme.host}/api/v1/keys`, { method: 'POST', headers: proxyHeaders(HOSTS.acme, { 'content-type': 'application/json', origin: `http://${HOSTS.acme.host}` }), body: JSON.stringify({ name: 'dev', scopes: ['portal.use'] }) }), params({}));
    expect(dev.status).toBe(403);
    expect((await errorOf(dev)).message).toBe('Sign in as a real user to manage API keys');
    // Off the customer portal (the sign-up host, the admin host) the endpoints do not exist.
    expect((await listRoute(new NextRequest(`http://${HOSTS.root.host}/api/v1/keys`, { headers: proxyHeaders(HOSTS.root) }), params({}))).status).toBe(404);
    expect((await listRoute(new NextRequest(`http://${HOSTS.admin.host}/api/v1/keys`, { headers: proxyHeaders(HOSTS.admin) }), params({}))).status).toBe(404);
    // Platform staff get no keys (not even on their own brand), a user of one brand none at another,
    // and an impersonating super admin cannot mint a lasting credential for the user.
    const staff = await createUser('didtron', 'super_admin');
    await expect(createApiKey({ ctx: await ctxOf(staff, 'didtron'), input: { name: 'x', scopes: ['portal.use'] } })).rejects.toMatchObject({
      status: 403,
      message: 'API keys belong to customer and reseller accounts; platform staff use the admin console',
    });
    const rootCustomer = await createUser('didtron', 'customer_admin');
    await expect(createApiKey({ ctx: { ...(await ctxOf(rootCustomer, 'didtron')), tenant: { id: acmeId, slug: 'acme' } }, input: { name: 'x', scopes: ['portal.use'] } })).rejects.toMatchObject({
      status: 403,
    });
    const ownCtx = await ctxOf(owner, 'acme');
    await expect(createApiKey({ ctx: { ...ownCtx, actor: { ...ownCtx.actor, impersonatorId: staff.id } }, input: { name: 'x', scopes: ['portal.use'] } })).rejects.toMatchObject({
      status: 403,
      message: 'API keys cannot be created while impersonating a user',
    });
  });
});

describe('authenticating with a key', () => {
  it('acts as the owner in the key\'s tenant, limited to the scopes, and records the last use at most once a minute', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const key = await createKey(await signInAs(owner, HOSTS.acme), { name: 'reporting', scopes: ['portal.use', 'users.read'] });

    const res = await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect(res.status).toBe(200);
    const me = (await res.json()) as WhoAmI;
    expect(me).toEqual({
      tenant: { id: acmeId, slug: 'acme' },
      user: { id: owner.id, email: owner.email, name: owner.name, role: 'customer_admin' },
      key: { id: key.id, name: 'reporting', prefix: key.prefix, scopes: ['portal.use', 'users.read'] },
      permissions: ['users.read', 'portal.use'],
    });
    const firstUse = (await keyRow(key.id)).lastUsedAt;
    expect(firstUse).toBeInstanceOf(Date);
    await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect((await keyRow(key.id)).lastUsedAt).toEqual(firstUse);
    // A minute later the next request moves it.
    await withTenant(acmeId, (tx) => tx.update(apiKeys).set({ lastUsedAt: sql`now() - interval '61 seconds'` }).where(eq(apiKeys.id, key.id)));
    const stale = (await keyRow(key.id)).lastUsedAt!;
    await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect((await keyRow(key.id)).lastUsedAt!.getTime()).toBeGreaterThan(stale.getTime());

    // The role is read fresh: demoting the owner narrows the key at once.
    await setUserRole(owner, 'customer_user');
    const narrowed = (await (await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me'), params({}))).json()) as WhoAmI;
    expect(narrowed.permissions).toEqual(['portal.use']);
    expect(narrowed.user.role).toBe('customer_user');
  });

  it('answers 403 naming the scope a key lacks, even when the owner\'s role has it', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const key = await createKey(await signInAs(owner, HOSTS.acme), { name: 'users only', scopes: ['users.read'] });
    const res = await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toBe('This API key lacks the scope portal.use');
  });

  it('answers 401 with a clear message for a revoked, expired, unknown, malformed or foreign key and a disabled owner', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const me = (key: string, at: HostRef = HOSTS.acme, headers: Record<string, string> = {}) => meRoute(withKey(key, at, '/api/v1/me', { headers }), params({}));
    const expectUnauthorized = async (res: Response, message: string) => {
      expect(res.status).toBe(401);
      expect(await errorOf(res)).toMatchObject({ code: 'unauthorized', message });
    };

    const good = await createKey(browser, { name: 'good', scopes: ['portal.use'] });
    expect((await me(good.key)).status).toBe(200);

    const revoked = await createKey(browser, { name: 'revoked', scopes: ['portal.use'] });
    await revokeRoute(withSession(browser, `/api/v1/keys/${revoked.id}`, { method: 'DELETE' }), params({ id: revoked.id }));
    await expectUnauthorized(await me(revoked.key), 'This API key has been revoked');

    const expiring = await createKey(browser, { name: 'expiring', scopes: ['portal.use'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await me(expiring.key)).status).toBe(200);
    await withTenant(acmeId, (tx) => tx.update(apiKeys).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(apiKeys.id, expiring.id)));
    await expectUnauthorized(await me(expiring.key), 'This API key has expired');

    // Right prefix, wrong secret; a made-up key; garbage; another scheme.
    await expectUnauthorized(await me(`${good.prefix}_${'A'.repeat(43)}`), 'Invalid API key');
    await expectUnauthorized(await me(generateApiKey('test').key), 'Invalid API key');
    await expectUnauthorized(await me('not-a-key'), 'Invalid API key');
    const basic = await meRoute(new NextRequest(`http://${HOSTS.acme.host}/api/v1/me`, { headers: proxyHeaders(HOSTS.acme, { authorization: 'Basic Zm9vOmJhcg==' }) }), params({}));
    await expectUnauthorized(basic, 'Send the API key as `Authorization: Bearer dtk_...`');

    // The key's tenant must be the host's: at the root brand an acme key is unknown.
    await expectUnauthorized(await me(good.key, HOSTS.rootPortal), 'Invalid API key');
    await expectUnauthorized(await me(good.key, HOSTS.admin), "API keys are accepted on your brand's customer portal host only");

    // A key never falls back to a session: a valid session cookie does not rescue a revoked key.
    await expectUnauthorized(await me(revoked.key, HOSTS.acme, { cookie: browser.cookieHeader() }), 'This API key has been revoked');

    await setUserStatus(owner, 'disabled');
    await expectUnauthorized(await me(good.key), 'The owner of this API key is disabled');
    await setUserStatus(owner, 'active');
    expect((await me(good.key)).status).toBe(200);
  });

  it('authenticates keys on /api/v1 only: elsewhere the Authorization header is ignored', async () => {
    const owner = await createUser('didtron', 'tenant_admin');
    const { key, id } = await createApiKey({ ctx: await ctxOf(owner, 'didtron'), input: { name: 'brand admin', scopes: ['portal.use', 'users.read'] } });
    // process.env.DEV_ACTOR is on in tests: with no session the admin route serves the development
    // actor (a super admin), so a 200 proves the key was not used: its owner may not list tenants.
    const res = await adminTenantsRoute(new NextRequest(`http://${HOSTS.admin.host}/api/admin/tenants`, { headers: proxyHeaders(HOSTS.admin, { authorization: `Bearer ${key}` }) }), params({}));
    expect(res.status).toBe(200);
    const row = await keyRow(id);
    expect(row.lastUsedAt).toBeNull();
    expect(row.tenantId).toBe(rootId);
  });
});
