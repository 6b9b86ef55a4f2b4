import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from '@/app/api/v1/webhook-endpoints/[id]/route';
import { GET as deliveriesRoute } from '@/app/api/v1/webhook-endpoints/[id]/deliveries/route';
import { POST as replayRoute } from '@/app/api/v1/webhook-endpoints/[id]/deliveries/[deliveryId]/replay/route';
import { POST as rotateRoute } from '@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route';
import { POST as testRoute } from '@/app/api/v1/webhook-endpoints/[id]/test/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/webhook-endpoints/route';
import { withPlatform } from '@/db/client';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from '@/db/schema';
import { jobQueue } from '@/db/schema/dataqueue';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { createApiKey } from '@/lib/api-keys/services/create-api-key';
import { permissionsOf } from '@/lib/auth/permissions';
import { createUser, ctxOf } from '@/tests/actors';
import { HOSTS, inbox, startAuthTestEnv, type HostRef } from '@/tests/support/auth';
import { deliverWebhookAttempt, eventBody } from './deliver';
import { RETRY_DELAYS_MS } from './schedule';
import { decryptSecret, encryptSecret, generateWebhookSecret } from './secret-box';
import { postWebhook, responseExcerpt } from './send';
import { createWebhookEndpoint } from './services/create-webhook-endpoint';
import { sendTestWebhook } from './services/send-test-webhook';
import { webhookHeaders } from './signature';
import { webhookNetPolicy } from './url-guard';

/**
 * Outgoing webhooks end to end: endpoints registered over /api/v1 with an API key, events sent to a
 * receiver on loopback (the sandbox allows it), signatures checked with the independent
 * `standardwebhooks` package, the retry schedule driven with a simulated clock.
 */

type Received = { headers: http.IncomingHttpHeaders; body: string };
let brevo: FakeBrevo;
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
let answer: { status: number; body: string } = { status: 200, body: 'ok' };

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

beforeAll(async () => {
  brevo = await startAuthTestEnv();
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  // The first attempts' jobs these tests enqueued (the tests ran the attempts themselves).
  await withPlatform((tx) => tx.delete(jobQueue).where(and(eq(jobQueue.jobType, 'webhooks.deliver'), eq(jobQueue.status, 'pending'))));
  await new Promise((r) => receiver.close(r));
  await brevo?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  answer = { status: 200, body: 'ok' };
});

/** A tenant admin of the tenant and an API key with every scope the role has. */
async function adminWithKey(slug: 'acme' | 'didtron') {
  const user = await createUser(slug, 'tenant_admin', 'hooks');
  const ctx = await ctxOf(user, slug);
  const key = await createApiKey({ ctx, input: { name: 'webhooks test', scopes: [...permissionsOf('tenant_admin')] } });
  return { user, ctx, key: key.key };
}

function withKey(key: string, at: HostRef, path: string, init: { method?: string; body?: unknown; rawBody?: string } = {}): NextRequest {
  const headers = new Headers({ host: at.host, 'x-portal': at.portal, 'x-request-id': randomUUID(), authorization: `Bearer ${key}` });
  if (at.slug) headers.set('x-tenant-slug', at.slug);
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(`http://${at.host}${path}`, { method: init.method ?? 'GET', headers, body });
}

async function deliveryRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)));
  return row!;
}
async function endpointRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)));
  return row!;
}

describe('signing and secrets', () => {
  it('signs as Standard Webhooks: the independent standardwebhooks package verifies our headers', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = eventBody({ type: 'webhook.test', payload: { hello: 'wörld' }, createdAt: new Date() });
    const headers = webhookHeaders(secret, 'msg_1', Math.floor(Date.now() / 1000), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it('stores secrets encrypted per tenant', () => {
    const secret = generateWebhookSecret();
    const a = randomUUID();
    const sealed = encryptSecret(a, secret);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(decryptSecret(a, sealed)).toBe(secret);
    expect(() => decryptSecret(randomUUID(), sealed)).toThrow();
  });

  it('keeps response excerpts printable and short', () => {
    const excerpt = responseExcerpt(`a\u0000b\u001b[31mc\n${'x'.repeat(5000)}`);
    expect(excerpt.startsWith('a?b?[31mc\n')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(1024);
  });
});

describe('endpoints over /api/v1 and delivery', () => {
  it('creates an endpoint (secret once), delivers a test event that standardwebhooks verifies, lists it', async () => {
    const { key } = await adminWithKey('acme');
    const res = await createRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints', { method: 'POST', body: { url: receiverUrl, eventTypes: ['api_key.created'], description: 'main' } }), params({}));
    expect(res.status, await res.clone().text()).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = (await res.json()) as { id: string; secret: string; enabled: boolean };
    expect(created.secret).toMatch(/^whsec_/);
    const got = await (await getRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}`), params({ id: created.id }))).text();
    expect(got).not.toContain(created.secret.slice(6));
    expect(got).not.toContain('secretEncrypted');

    const list = (await (await listRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints?limit=5'), params({}))).json()) as { items: { id: string }[] };
    expect(list.items.map((e) => e.id)).toContain(created.id);

    const test = await testRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}/test`, { method: 'POST' }), params({ id: created.id }));
    expect(test.status, await test.clone().text()).toBe(202);
    const { deliveryId, eventId } = (await test.json()) as { deliveryId: string; eventId: string };
    const before = received.length;
    const result = await deliverWebhookAttempt({ tenantId: (await endpointRow(created.id)).tenantId, deliveryId, attempt: 1 });
    expect(result.kind).toBe('sent');
    const got1 = received.slice(before).find((r) => r.headers['webhook-id'] === eventId)!;
    expect(got1).toBeDefined();
    const verified = new Webhook(created.secret).verify(got1.body, got1.headers as Record<string, string>) as { type: string; data: { endpointId: string } };
    expect(verified.type).toBe('webhook.test');
    expect(verified.data.endpointId).toBe(created.id);
    expect((await deliveryRow(deliveryId)).status).toBe('succeeded');

    const deliveries = (await (await deliveriesRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}/deliveries`), params({ id: created.id }))).json()) as {
      items: { id: string; eventType: string; attemptLog: { statusCode: number; latencyMs: number }[] }[];
    };
    const logged = deliveries.items.find((d) => d.id === deliveryId)!;
    expect(logged.eventType).toBe('webhook.test');
    expect(logged.attemptLog).toEqual([expect.objectContaining({ statusCode: 200 })]);

    // Rotation: the old secret no longer verifies the next delivery.
    const rotated = (await (await rotateRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}/rotate-secret`, { method: 'POST' }), params({ id: created.id }))).json()) as { secret: string };
    expect(rotated.secret).not.toBe(created.secret);
    const again = await sendTestWebhook({ ctx: await ctxOfKeyOwner(created.id), input: { id: created.id } });
    await deliverWebhookAttempt({ tenantId: (await endpointRow(created.id)).tenantId, deliveryId: again.deliveryId, attempt: 1 });
    const got2 = received.find((r) => r.headers['webhook-id'] === again.eventId)!;
    expect(() => new Webhook(created.secret).verify(got2.body, got2.headers as Record<string, string>)).toThrow();
    expect(new Webhook(rotated.secret).verify(got2.body, got2.headers as Record<string, string>)).toBeTruthy();

    const del = await deleteRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}`, { method: 'DELETE' }), params({ id: created.id }));
    expect(del.status).toBe(200);
    expect((await getRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${created.id}`), params({ id: created.id }))).status).toBe(404);
  });

  it('publishes api_key.created to subscribed endpoints in the transaction of the key', async () => {
    const { ctx } = await adminWithKey('acme');
    const endpoint = await createWebhookEndpoint({ ctx, input: { url: receiverUrl, eventTypes: ['api_key.created', 'api_key.revoked'] } });
    const other = await createWebhookEndpoint({ ctx, input: { url: receiverUrl, eventTypes: ['user.created'] } });
    const apiKey = await createApiKey({ ctx, input: { name: 'published', scopes: ['portal.use'] } });
    const rows = await withPlatform((tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id)));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const before = received.length;
    for (const row of rows) await deliverWebhookAttempt({ tenantId: ctx.tenant.id, deliveryId: row.id, attempt: 1 });
    const bodies = received.slice(before).map((r) => JSON.parse(r.body) as { type: string; data: { apiKeyId: string } });
    expect(bodies).toContainEqual(expect.objectContaining({ type: 'api_key.created', data: expect.objectContaining({ apiKeyId: apiKey.id }) }));
    expect(await withPlatform((tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, other.id)))).toEqual([]);
    // The first attempt is a job, enqueued with the delivery.
    const jobs = await withPlatform((tx) => tx.select().from(jobQueue).where(and(eq(jobQueue.jobType, 'webhooks.deliver'), sql`${jobQueue.payload}->>'deliveryId' = ${rows[0]!.id}`)));
    expect(jobs).toHaveLength(1);
  });

  it('publishes user.created with the invited account, in the invitation transaction', async () => {
    const { ctx } = await adminWithKey('acme');
    const endpoint = await createWebhookEndpoint({ ctx, input: { url: receiverUrl, eventTypes: ['user.created'] } });
    const { inviteUser } = await import('@/lib/users/services/invite-user');
    const email = `hooked-${randomUUID().slice(0, 8)}@example.com`;
    const { user } = await inviteUser({ ctx, input: { name: 'Hooked', email, role: 'customer_user' } });
    const rows = await withPlatform((tx) =>
      tx.select({ payload: webhookEvents.payload }).from(webhookDeliveries).innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId)).where(eq(webhookDeliveries.endpointId, endpoint.id)),
    );
    expect(rows.map((r) => r.payload)).toContainEqual({ userId: user.id, email, role: 'customer_user' });
  });

  it('retries a failing receiver on the spec schedule, then disables the endpoint and emails its owner; a replay delivers', async () => {
    const { user, ctx } = await adminWithKey('acme');
    const endpoint = await createWebhookEndpoint({ ctx, input: { url: receiverUrl, eventTypes: ['user.created'] } });
    const { deliveryId } = await sendTestWebhook({ ctx, input: { id: endpoint.id } });
    answer = { status: 500, body: `boom\u0000\u001b${'!'.repeat(4000)}` };
    let clock = Date.now();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= RETRY_DELAYS_MS.length + 1; attempt++) {
      const result = await deliverWebhookAttempt({ tenantId: ctx.tenant.id, deliveryId, attempt }, { now: () => new Date(clock), random: () => 0.5 });
      expect(result.kind).toBe('sent');
      if (result.kind !== 'sent') break;
      expect(result.outcome.statusCode).toBe(500);
      if (result.nextAttemptAt) {
        delays.push(result.nextAttemptAt.getTime() - clock);
        clock = result.nextAttemptAt.getTime();
      } else {
        expect(result.status).toBe('failed');
        expect(result.endpointDisabled).toBe(true);
      }
    }
    // 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each with the jitter of random() = 0.5 (+10 %).
    expect(delays).toEqual(RETRY_DELAYS_MS.map((d) => Math.round(d * 1.1)));
    const attempts = await withPlatform((tx) => tx.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId)));
    expect(attempts).toHaveLength(8);
    expect(attempts.every((a) => a.statusCode === 500 && (a.responseExcerpt ?? '').length <= 1024 && !/[\u0000\u001b]/.test(a.responseExcerpt ?? ''))).toBe(true);
    // Each retry is a job with its run_at.
    const jobs = await withPlatform((tx) => tx.select().from(jobQueue).where(and(eq(jobQueue.jobType, 'webhooks.deliver'), sql`${jobQueue.payload}->>'deliveryId' = ${deliveryId}`)));
    expect(jobs).toHaveLength(8);
    const row = await endpointRow(endpoint.id);
    expect(row.enabled).toBe(false);
    expect(row.disabledReason).toMatch(/failed/);
    expect(row.failureStreak).toBe(8);
    const mail = await inbox(brevo, user.email);
    expect(mail.some((m) => /webhook endpoint was disabled/i.test(m.subject) && (m.textContent ?? '').includes(receiverUrl))).toBe(true);
    // A later job of the same attempt is skipped (idempotent).
    expect((await deliverWebhookAttempt({ tenantId: ctx.tenant.id, deliveryId, attempt: 3 })).kind).toBe('skipped');

    // Replay: refused while disabled, delivered once enabled again.
    const { key } = await adminWithKey('acme');
    const refused = await replayRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/replay`, { method: 'POST' }), params({ id: endpoint.id, deliveryId }));
    expect(refused.status).toBe(409);
    const enabled = await patchRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${endpoint.id}`, { method: 'PATCH', body: { enabled: true } }), params({ id: endpoint.id }));
    expect(enabled.status, await enabled.clone().text()).toBe(200);
    expect(await enabled.json()).toMatchObject({ enabled: true, failureStreak: 0, disabledReason: null });
    answer = { status: 204, body: '' };
    const replay = await replayRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/replay`, { method: 'POST' }), params({ id: endpoint.id, deliveryId }));
    expect(replay.status, await replay.clone().text()).toBe(202);
    const copy = (await replay.json()) as { deliveryId: string };
    const result = await deliverWebhookAttempt({ tenantId: ctx.tenant.id, deliveryId: copy.deliveryId, attempt: 1 });
    expect(result.kind === 'sent' && result.status).toBe('succeeded');
    expect(await deliveryRow(copy.deliveryId)).toMatchObject({ status: 'succeeded', replayOf: deliveryId });
  });
});

describe('SSRF guard in production mode', () => {
  it('refuses private, loopback, link-local, metadata and mapped addresses, and plain http, at registration', async () => {
    vi.spyOn(webhookNetPolicy, 'allowPrivateNetworks').mockReturnValue(false);
    const { key } = await adminWithKey('acme');
    for (const url of [
      'https://10.0.0.1/hook',
      'https://192.168.1.20/hook',
      'https://172.16.5.4/hook',
      'https://100.64.1.1/hook',
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://localhost/hook',
      'http://example.com/hook',
      receiverUrl,
    ]) {
      const res = await createRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints', { method: 'POST', body: { url, eventTypes: ['user.created'] } }), params({}));
      expect(res.status, url).toBe(422);
    }
  });

  it('refuses at delivery time a name that resolves to loopback (DNS rebinding) and a literal private address', async () => {
    vi.spyOn(webhookNetPolicy, 'allowPrivateNetworks').mockReturnValue(false);
    const port = (receiver.address() as AddressInfo).port;
    const before = received.length;
    const byName = await postWebhook(`https://localhost:${port}/hooks`, {}, '{}');
    expect(byName.ok).toBe(false);
    expect(byName.error).toMatch(/not a public address/);
    const literal = await postWebhook(`https://127.0.0.1:${port}/hooks`, {}, '{}');
    expect(literal.error).toMatch(/not a public address/);
    expect(received.length).toBe(before);
  });
});

describe('hostile input and isolation', () => {
  it('answers 4xx, never 5xx, to bad URLs, huge values, control characters and wrong types', async () => {
    const { key } = await adminWithKey('acme');
    const bodies: unknown[] = [
      { url: 'javascript:alert(1)', eventTypes: ['user.created'] },
      { url: 'ftp://example.com/x', eventTypes: ['user.created'] },
      { url: 'https://user:pass@example.com/x', eventTypes: ['user.created'] },
      { url: `https://example.com/${'a'.repeat(5000)}`, eventTypes: ['user.created'] },
      { url: 'https://example.com/\u0000', eventTypes: ['user.created'] },
      { url: 'https://example.com/x', eventTypes: ['no.such.event'] },
      { url: 'https://example.com/x', eventTypes: [] },
      { url: 'https://example.com/x', eventTypes: 'user.created' },
      { url: 'https://example.com/x', eventTypes: ['user.created'], description: 'x'.repeat(100_000) },
      { url: 'https://example.com/x', eventTypes: ['user.created'], description: 'bell\u0007' },
      { url: 42, eventTypes: ['user.created'] },
      [],
      null,
    ];
    for (const body of bodies) {
      const res = await createRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints', { method: 'POST', body }), params({}));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
    }
    const broken = await createRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints', { method: 'POST', rawBody: '{"url":' }), params({}));
    expect(broken.status).toBe(422);
    expect((await getRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints/not-a-uuid'), params({ id: 'not-a-uuid' }))).status).toBe(422);
    const badPatch = await patchRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${randomUUID()}`, { method: 'PATCH', body: { enabled: 'yes' } }), params({ id: randomUUID() }));
    expect(badPatch.status).toBe(422);
    const list = await listRoute(withKey(key, HOSTS.acme, '/api/v1/webhook-endpoints?limit=100000&sort=secret'), params({}));
    expect(list.status).toBe(422);
  });

  it("answers 404 for another tenant's endpoint and delivery, and for another customer's endpoint", async () => {
    const root = await adminWithKey('didtron');
    const foreign = await createWebhookEndpoint({ ctx: root.ctx, input: { url: receiverUrl, eventTypes: ['user.created'] } });
    const { deliveryId } = await sendTestWebhook({ ctx: root.ctx, input: { id: foreign.id } });
    const { key } = await adminWithKey('acme');
    const id = foreign.id;
    expect((await getRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}`), params({ id }))).status).toBe(404);
    expect((await patchRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}`, { method: 'PATCH', body: { enabled: false } }), params({ id }))).status).toBe(404);
    expect((await deleteRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}`, { method: 'DELETE' }), params({ id }))).status).toBe(404);
    expect((await rotateRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}/rotate-secret`, { method: 'POST' }), params({ id }))).status).toBe(404);
    expect((await testRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}/test`, { method: 'POST' }), params({ id }))).status).toBe(404);
    expect((await deliveriesRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}/deliveries`), params({ id }))).status).toBe(404);
    expect((await replayRoute(withKey(key, HOSTS.acme, `/api/v1/webhook-endpoints/${id}/deliveries/${deliveryId}/replay`, { method: 'POST' }), params({ id, deliveryId }))).status).toBe(404);
    expect((await endpointRow(id)).enabled).toBe(true);

    // Within a tenant, a customer admin sees only the endpoints they registered.
    const customer = await createUser('didtron', 'customer_admin', 'hooks-customer');
    const customerCtx = await ctxOf(customer, 'didtron');
    const { getWebhookEndpoint } = await import('./services/get-webhook-endpoint');
    await expect(getWebhookEndpoint({ ctx: customerCtx, input: { id } })).rejects.toMatchObject({ status: 404 });
    const mine = await createWebhookEndpoint({ ctx: customerCtx, input: { url: receiverUrl, eventTypes: ['user.created'] } });
    expect((await getWebhookEndpoint({ ctx: customerCtx, input: { id: mine.id } })).id).toBe(mine.id);
    expect((await getWebhookEndpoint({ ctx: root.ctx, input: { id: mine.id } })).id).toBe(mine.id);
    // A delivery of another endpoint cannot be replayed through one's own.
    const { replayWebhookDelivery } = await import('./services/replay-webhook-delivery');
    await expect(replayWebhookDelivery({ ctx: customerCtx, input: { endpointId: mine.id, deliveryId } })).rejects.toMatchObject({ status: 404 });
    await withPlatform((tx) => tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.id, foreign.id))));
  });
});

/** The service ctx of the owner of an endpoint (its creator, a tenant admin of acme). */
async function ctxOfKeyOwner(endpointId: string) {
  const row = await endpointRow(endpointId);
  const { users } = await import('@/db/schema');
  const [user] = await withPlatform((tx) => tx.select().from(users).where(eq(users.id, row.ownerUserId!)));
  return ctxOf(user!, 'acme');
}
