import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '@/app/api/v1/keys/route';
import { withPlatform, withTenant } from '@/db/client';
import { apiKeys, auditEvents, idempotencyRequests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { tenantTx } from '@/lib/context';
import { route, type RouteHandler } from '@/lib/http/route';
import { HOSTS, type Browser } from '@/tests/support/auth';
import { createKey, errorOf, params, withKey, withSession, type CreatedKey } from '@/tests/support/api-keys';
import { createUser, signInAs, tenantIdOf } from '@/tests/actors';
import { purgeExpiredIdempotency, requestFingerprint, STALE_CLAIM_SECONDS, WAIT_MS } from './index';

let acmeId: string;
beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
});

const create = (browser: Browser, key: string | null, body: unknown) =>
  createRoute(withSession(browser, '/api/v1/keys', { method: 'POST', body, headers: key === null ? {} : { 'idempotency-key': key } }), params({}));

async function keysOf(ownerId: string) {
  return withTenant(acmeId, (tx) => tx.select().from(apiKeys).where(eq(apiKeys.ownerUserId, ownerId)));
}

async function newOwner() {
  const owner = await createUser('acme', 'customer_admin');
  return { owner, browser: await signInAs(owner, HOSTS.acme) };
}

describe('Idempotency-Key on POST /api/v1', () => {
  it('replays the first response (minus the secret) with Idempotent-Replayed, without a second effect', async () => {
    const { owner, browser } = await newOwner();
    const body = { name: 'sync', scopes: ['portal.use'] };
    const first = await create(browser, 'order-1', body);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const created = (await first.json()) as CreatedKey;

    const again = await create(browser, 'order-1', body);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('cache-control')).toBe('no-store');
    const replayed = (await again.json()) as Partial<CreatedKey>;
    // The key is shown once: the stored response never held it.
    const { key: secret, ...record } = created;
    expect(replayed).toEqual(record);
    const [stored] = await withTenant(acmeId, (tx) => tx.select().from(idempotencyRequests).where(eq(idempotencyRequests.key, 'order-1')));
    expect(stored).toMatchObject({ state: 'completed', responseStatus: 201, principal: `user:${owner.id}`, method: 'POST', path: '/api/v1/keys' });
    expect(stored!.responseBody).not.toContain(secret.slice(-20));
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(24 * 3600 * 1000);

    expect(await keysOf(owner.id)).toHaveLength(1);
    const audits = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'create'))));
    expect(audits).toHaveLength(1);
    // Without the header nothing is stored: each POST is a new key.
    await create(browser, null, body);
    expect(await keysOf(owner.id)).toHaveLength(2);
  });

  it('runs 20 concurrent identical requests once: one key created, every caller gets its response', async () => {
    const { owner, browser } = await newOwner();
    const body = { name: 'burst', scopes: ['portal.use'] };
    const responses = await Promise.all(Array.from({ length: 20 }, () => create(browser, 'burst-1', body)));
    const statuses = responses.map((r) => r.status);
    // A duplicate waits for the first response (up to WAIT_MS), else it is a 409; never a second key.
    expect(statuses.every((s) => s === 201 || s === 409), statuses.join()).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    const rows = await keysOf(owner.id);
    expect(rows).toHaveLength(1);
    const bodies = (await Promise.all(responses.filter((r) => r.status === 201).map((r) => r.json()))) as CreatedKey[];
    expect(new Set(bodies.map((b) => b.id))).toEqual(new Set([rows[0]!.id]));
    expect(bodies.filter((b) => b.key)).toHaveLength(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length).toBe(statuses.filter((s) => s === 201).length - 1);
    const audits = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, rows[0]!.id)));
    expect(audits).toHaveLength(1);
  });

  it('refuses the same key with another body (422 idempotency_key_reused); keys are per caller', async () => {
    const { owner, browser } = await newOwner();
    expect((await create(browser, 'k-reuse', { name: 'a', scopes: ['portal.use'] })).status).toBe(201);
    const reused = await create(browser, 'k-reuse', { name: 'b', scopes: ['portal.use'] });
    expect(reused.status).toBe(422);
    expect(await errorOf(reused)).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await keysOf(owner.id)).toHaveLength(1);
    // Another user's identical key is another request.
    const { owner: other, browser: otherBrowser } = await newOwner();
    expect((await create(otherBrowser, 'k-reuse', { name: 'b', scopes: ['portal.use'] })).status).toBe(201);
    expect(await keysOf(other.id)).toHaveLength(1);
  });

  it('answers hostile keys with 400 and stores nothing', async () => {
    const { owner, browser } = await newOwner();
    for (const bad of ['bad\u0001key', 'tab\there', 'x'.repeat(256), 'y'.repeat(10_000), 'caf\u00e9']) {
      const res = await create(browser, bad, { name: 'x', scopes: ['portal.use'] });
      expect(res.status, bad.slice(0, 20)).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_idempotency_key' });
    }
    expect(await keysOf(owner.id)).toHaveLength(0);
    const stored = await withTenant(acmeId, (tx) => tx.select().from(idempotencyRequests).where(eq(idempotencyRequests.principal, `user:${owner.id}`)));
    expect(stored).toEqual([]);
    // 255 printable characters (spaces included) are a fine key.
    expect((await create(browser, `${'z'.repeat(250)} a b`, { name: 'x', scopes: ['portal.use'] })).status).toBe(201);
  });

  it('stores a 4xx the handler answered, not a body refused before it ran', async () => {
    const { owner, browser } = await newOwner();
    // Refused by the route's schema: nothing ran, nothing stored; the key stays usable.
    expect((await create(browser, 'k-422', { name: '', scopes: ['portal.use'] })).status).toBe(422);
    // Refused by the service (a scope the role lacks): the request ran, its answer is kept.
    const refused = await create(browser, 'k-422', { name: 'x', scopes: ['tenants.write'] });
    expect(refused.status).toBe(422);
    const replay = await create(browser, 'k-422', { name: 'x', scopes: ['tenants.write'] });
    expect(replay.status).toBe(422);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(await refused.json());
    expect(await keysOf(owner.id)).toHaveLength(0);
  });

  describe('with an API key and a write endpoint', () => {
    let key: CreatedKey;
    beforeAll(async () => {
      const { browser } = await newOwner();
      key = await createKey(browser, { name: 'writer', scopes: ['portal.use'] });
    });
    const post = (handler: RouteHandler<Record<string, string>>, idem: string, body: unknown = { n: 1 }) =>
      handler(withKey(key.key, HOSTS.acme, '/api/v1/things', { method: 'POST', body, headers: { 'idempotency-key': idem } }), params({}));

    it('releases the key after a 5xx (the transaction rolled back), so the same request can be retried', async () => {
      let calls = 0;
      const entityId = randomUUID();
      const flaky = route({ key: 't.v1.flaky', permission: 'portal.use' }, async ({ ctx }) =>
        tenantTx(ctx, ctx.tenant.id, async (tx, c) => {
          calls++;
          await recordAudit(tx, c, { entity: 'api_key', entityId, action: 'create' });
          if (calls === 1) throw new Error('database hiccup');
          return Response.json({ calls }, { status: 201 });
        }),
      );
      expect((await post(flaky, 'flaky-1')).status).toBe(500);
      const retry = await post(flaky, 'flaky-1');
      expect(retry.status).toBe(201);
      expect((await post(flaky, 'flaky-1')).headers.get('idempotent-replayed')).toBe('true');
      expect(calls).toBe(2);
      // The failed attempt's write rolled back with it: one event.
      expect(await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)))).toHaveLength(1);
    });

    it('answers a duplicate 409 while the first is still running, then replays its response', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let calls = 0;
      const slow = route({ key: 't.v1.slow', permission: 'portal.use' }, async () => {
        calls++;
        await gate;
        return Response.json({ done: true }, { status: 201 });
      });
      const first = post(slow, 'slow-1');
      // The duplicate is sent once the first is inside its handler (holding the claim).
      while (calls === 0) await new Promise((r) => setTimeout(r, 20));
      const started = Date.now();
      const second = await post(slow, 'slow-1');
      expect(second.status).toBe(409);
      expect(await errorOf(second)).toMatchObject({ code: 'idempotency_request_in_progress' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS - 200);
      release();
      expect((await first).status).toBe(201);
      const third = await post(slow, 'slow-1');
      expect(third.status).toBe(201);
      expect(third.headers.get('idempotent-replayed')).toBe('true');
      expect(calls).toBe(1);
    }, 20_000);

    it('takes over the claim of a request that died (stale and unlocked), and only then', async () => {
      let calls = 0;
      const ok = route({ key: 't.v1.ok', permission: 'portal.use' }, async () => {
        calls++;
        return Response.json({ calls }, { status: 201 });
      });
      const principal = `key:${key.id}`;
      const body = JSON.stringify({ n: 1 });
      const fingerprint = requestFingerprint('POST', '/api/v1/things', body);
      const insert = (idem: string, age: number) =>
        withTenant(acmeId, (tx) =>
          tx.insert(idempotencyRequests).values({ tenantId: acmeId, principal, key: idem, fingerprint, method: 'POST', path: '/api/v1/things', claimToken: randomUUID(), claimedAt: sql`now() - make_interval(secs => ${age})` }),
        );
      await insert('dead-1', STALE_CLAIM_SECONDS + 5);
      const res = await post(ok, 'dead-1');
      expect(res.status).toBe(201);
      expect(calls).toBe(1);
      // A fresh claim is someone still working: no takeover (this waits WAIT_MS, then 409).
      await insert('live-1', 0);
      expect((await post(ok, 'live-1')).status).toBe(409);
      expect(calls).toBe(1);
    }, 20_000);
  });

  it('purges records past their 24 hours', async () => {
    const { owner, browser } = await newOwner();
    await create(browser, 'old-1', { name: 'x', scopes: ['portal.use'] });
    await withTenant(acmeId, (tx) => tx.update(idempotencyRequests).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(idempotencyRequests.principal, `user:${owner.id}`)));
    expect(await purgeExpiredIdempotency()).toBeGreaterThanOrEqual(1);
    expect(await withTenant(acmeId, (tx) => tx.select().from(idempotencyRequests).where(eq(idempotencyRequests.principal, `user:${owner.id}`)))).toEqual([]);
    // The key is free again: a new request runs.
    expect((await create(browser, 'old-1', { name: 'x', scopes: ['portal.use'] })).headers.get('idempotent-replayed')).toBeNull();
    expect(await keysOf(owner.id)).toHaveLength(2);
  });
});
