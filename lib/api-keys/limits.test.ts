import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '@/app/api/v1/keys/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { withPlatform } from '@/db/client';
import { apiKeys, auditEvents } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { tenantTx } from '@/lib/context';
import { route } from '@/lib/http/route';
import { atFreshWindow, HOSTS } from '@/tests/support/auth';
import { createKey, errorOf, params, withKey, withSession } from '@/tests/support/api-keys';
import { createUser, signInAs, tenantIdOf } from '@/tests/actors';
import { ipAllowed, parseCidr } from './ip-allow-list';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './rate-limit';

let acmeId: string;
beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
});

describe('IP allow-list', () => {
  it('parses IPv4 and IPv6 blocks and single addresses, and matches client addresses against them', () => {
    expect(parseCidr('203.0.113.0/24')).toEqual({ address: '203.0.113.0', prefix: 24, family: 'ipv4' });
    expect(parseCidr(' 2001:DB8::/32 ')).toEqual({ address: '2001:db8::', prefix: 32, family: 'ipv6' });
    expect(parseCidr('198.51.100.7')).toMatchObject({ prefix: 32 });
    for (const bad of ['', '10.0.0.0/33', '2001:db8::/129', '10.0.0/8', '10.0.0.0/8/8', 'example.com', '10.0.0.0/-1', '10.0.0.0/ 8', '::ffff:10.0.0.1', '10.0.0.1\u0000', 'a'.repeat(10_000)]) {
      expect(parseCidr(bad), bad.slice(0, 20)).toHaveProperty('error');
    }
    const list = ['203.0.113.0/24', '2001:db8::/32'];
    expect(ipAllowed(list, '203.0.113.200')).toBe(true);
    expect(ipAllowed(list, '203.0.114.1')).toBe(false);
    expect(ipAllowed(list, '2001:db8:1::1')).toBe(true);
    expect(ipAllowed(list, '2001:db9::1')).toBe(false);
    expect(ipAllowed(list, undefined)).toBe(false);
    expect(ipAllowed([], undefined)).toBe(true);
  });

  it('refuses a key used from outside its allow-list (403 ip_not_allowed) and accepts it from inside', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const key = await createKey(await signInAs(owner, HOSTS.acme), { name: 'office only', scopes: ['portal.use'], allowedIps: ['203.0.113.0/24', '2001:db8::/32', '203.0.113.9'] });
    expect(key.allowedIps).toEqual(['203.0.113.0/24', '2001:db8::/32', '203.0.113.9/32']);
    expect((await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me', { ip: '203.0.113.50' }), params({}))).status).toBe(200);
    expect((await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me', { ip: '2001:db8::7' }), params({}))).status).toBe(200);
    for (const ip of ['198.51.100.1', '2001:db9::1', undefined]) {
      const res = await meRoute(withKey(key.key, HOSTS.acme, '/api/v1/me', { ip }), params({}));
      expect(res.status, String(ip)).toBe(403);
      expect(await errorOf(res)).toMatchObject({ code: 'ip_not_allowed' });
    }
  });

  it('names each bad entry, the rate limit out of range, and creates nothing', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ allowedIps: ['10.0.0.0/8', 'nonsense'] }, 'allowedIps.1'],
      [{ allowedIps: ['10.0.0.0/40'] }, 'allowedIps.0'],
      [{ allowedIps: ['10.0.0.1\u0001'] }, 'allowedIps.0'],
      [{ allowedIps: ['1'.repeat(10_000)] }, 'allowedIps.0'],
      [{ allowedIps: Array.from({ length: 51 }, (_, i) => `10.0.0.${i}`) }, 'allowedIps'],
      [{ allowedIps: '10.0.0.0/8' }, 'allowedIps'],
      [{ allowedIps: [42] }, 'allowedIps.0'],
      [{ rateLimitPerMinute: 0 }, 'rateLimitPerMinute'],
      [{ rateLimitPerMinute: 1.5 }, 'rateLimitPerMinute'],
      [{ rateLimitPerMinute: 1e12 }, 'rateLimitPerMinute'],
      [{ rateLimitPerMinute: '60' }, 'rateLimitPerMinute'],
    ];
    for (const [extra, path] of cases) {
      const res = await createRoute(withSession(browser, '/api/v1/keys', { method: 'POST', body: { name: 'x', scopes: ['portal.use'], ...extra } }), params({}));
      expect(res.status, JSON.stringify(extra).slice(0, 80)).toBe(422);
      const details = ((await res.json()) as { error: { details: Array<{ path: string }> } }).error.details;
      expect(details.map((d) => d.path), JSON.stringify(extra).slice(0, 80)).toContain(path);
    }
    const rows = await withPlatform((tx) => tx.select().from(apiKeys).where(eq(apiKeys.ownerUserId, owner.id)));
    expect(rows).toEqual([]);
  });
});

describe('per-key rate limit', () => {
  it('sends RateLimit-* on every response and answers 429 with Retry-After past the limit', async () => {
    const owner = await createUser('acme', 'customer_admin');
    const browser = await signInAs(owner, HOSTS.acme);
    const roomy = await createKey(browser, { name: 'default', scopes: ['portal.use'] });
    expect(roomy.rateLimitPerMinute).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    const tight = await createKey(browser, { name: 'tight', scopes: ['users.read'], rateLimitPerMinute: 3 });

    await atFreshWindow(60, 15_000);
    const seen: Array<[number, string | null]> = [];
    for (let i = 0; i < 3; i++) {
      // The scope is missing (403): refused requests count and carry the fields too.
      const res = await meRoute(withKey(tight.key, HOSTS.acme, '/api/v1/me'), params({}));
      expect(res.status).toBe(403);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
      seen.push([res.status, res.headers.get('ratelimit-remaining')]);
      const reset = Number(res.headers.get('ratelimit-reset'));
      expect(reset).toBeGreaterThan(0);
      expect(reset).toBeLessThanOrEqual(60);
    }
    expect(seen.map(([, r]) => r)).toEqual(['2', '1', '0']);
    const limited = await meRoute(withKey(tight.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect(limited.status).toBe(429);
    expect(await errorOf(limited)).toMatchObject({ code: 'rate_limited' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-limit')).toBe('3');

    // Per key: the other key of the same owner is unaffected.
    const other = await meRoute(withKey(roomy.key, HOSTS.acme, '/api/v1/me'), params({}));
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-limit')).toBe(String(DEFAULT_RATE_LIMIT_PER_MINUTE));
    expect(Number(other.headers.get('ratelimit-remaining'))).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE - 1);
    // Sessions have no per-key limit and no such fields.
    const session = await meRoute(withSession(browser, '/api/v1/me'), params({}));
    expect(session.headers.get('ratelimit-limit')).toBeNull();
  });
});

describe('audit of API writes', () => {
  it("records the key's prefix on a write made with a key, and none for a session", async () => {
    const owner = await createUser('acme', 'customer_admin');
    const key = await createKey(await signInAs(owner, HOSTS.acme), { name: 'writer', scopes: ['portal.use'] });
    const entityId = randomUUID();
    // A write endpoint as any domain's: a service in a tenant transaction recording its audit event.
    const write = route({ key: 't.v1.write', permission: 'portal.use' }, async ({ ctx }) =>
      tenantTx(ctx, ctx.tenant.id, async (tx, c) => {
        await recordAudit(tx, c, { entity: 'api_key', entityId, action: 'create' });
        return Response.json({ ok: true }, { status: 201 });
      }),
    );
    const res = await write(withKey(key.key, HOSTS.acme, '/api/v1/things', { method: 'POST', body: {} }), params({}));
    expect(res.status).toBe(201);
    const [event] = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)));
    expect(event).toMatchObject({ apiKeyPrefix: key.prefix, actorId: owner.id, tenantId: acmeId });
    const [created] = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, key.id)));
    expect(created).toMatchObject({ action: 'create', apiKeyPrefix: null });
  });
});
