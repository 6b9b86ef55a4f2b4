import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/cron/[job]/route';
import { closeDb } from '@/db/client';
import { cronRuns } from '@/db/schema';
import { UnauthorizedError } from '@/lib/errors';
import { getRedis } from '@/lib/redis';
import { testCtx } from '@/tests/factories';
import { cronEndpointUrl, handleCronRequest, scheduleSlot } from './cron';
import { secretsEqual } from './cron-auth';
import { jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import { signQstashToken } from './qstash-token';
import { listSchedules } from './services/list-schedules';

// The QStash keys and cron secret this file's config sees (config() is read lazily, after this).
const keys = vi.hoisted(() => {
  const k = { current: 'sig_current_7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e', next: 'sig_next_1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f0a', secret: 'test-cron-secret-3b9f1c7e5a2d4f6b8c0e' };
  process.env.QSTASH_CURRENT_SIGNING_KEY = k.current;
  process.env.QSTASH_NEXT_SIGNING_KEY = k.next;
  process.env.CRON_SECRET = k.secret;
  return k;
});

/** The request as QStash sends it: POST to the public URL with Upstash-Signature. */
function cronRequest(jobType: string, headers: Record<string, string>, options: { body?: string; url?: string } = {}): NextRequest {
  return new NextRequest(options.url ?? cronEndpointUrl(jobType), { method: 'POST', headers, body: options.body ?? '' });
}

async function call(jobType: string, headers: Record<string, string>, options: { body?: string; url?: string } = {}) {
  const res = await POST(cronRequest(jobType, headers, options), { params: Promise.resolve({ job: jobType }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function signed(jobType: string, extra: Partial<Parameters<typeof signQstashToken>[0]> = {}) {
  return { 'upstash-signature': signQstashToken({ key: keys.current, url: cronEndpointUrl(jobType), body: '', ...extra }) };
}

async function jobsOf(jobType: string) {
  return infraDb().select({ id: jobQueue.id, tags: jobQueue.tags, status: jobQueue.status }).from(jobQueue).where(eq(jobQueue.jobType, jobType));
}

async function runsOf(jobType: string) {
  return infraDb().select().from(cronRuns).where(eq(cronRuns.jobType, jobType)).orderBy(cronRuns.requestedAt);
}

afterAll(async () => {
  await closeDb();
});

describe('POST /api/cron/<job>', () => {
  // A daily schedule, so the test never straddles two slots.
  const daily = 'maintenance.prune-integration-calls';

  it('enqueues once for a good QStash signature, even when the request comes twice within the lock window', async () => {
    const first = await call(daily, signed(daily));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'enqueued', slot: scheduleSlot('17 3 * * *', new Date()).toISOString() });
    const jobId = first.body.jobId as number;

    // The same delivery replayed: refused outright.
    const token = signed(daily);
    expect((await call(daily, token)).status).toBe(200);
    expect((await call(daily, token)).status).toBe(401);

    // A second, genuinely signed delivery inside the lock window: the lock refuses it.
    const again = await call(daily, signed(daily));
    expect(again).toEqual({ status: 200, body: expect.objectContaining({ status: 'locked', jobId: null }) });

    // After the lock expired, a late duplicate for the same slot gets the same job (slot key).
    await getRedis().del(`lock:cron:${daily}`);
    const late = await call(daily, signed(daily, { key: keys.next }));
    expect(late).toEqual({ status: 200, body: expect.objectContaining({ status: 'duplicate', jobId }) });

    const jobs = await jobsOf(daily);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ id: jobId, status: 'pending' });
    expect(jobs[0]!.tags).toEqual(expect.arrayContaining(['maintenance', 'cron']));
    const runs = await runsOf(daily);
    expect(runs.map((r) => [r.outcome, r.source, r.jobId])).toEqual([
      ['enqueued', 'qstash', jobId],
      ['locked', 'qstash', null],
      ['locked', 'qstash', null],
      ['duplicate', 'qstash', jobId],
    ]);
    // The schedules page shows it as the last run.
    const { items } = await listSchedules({ ctx: await testCtx('support') });
    const schedule = items.find((s) => s.type === daily)!;
    expect(schedule).toMatchObject({ schedule: '17 3 * * *', endpoint: 'http://localhost:3000/api/cron/maintenance.prune-integration-calls', lastRun: { outcome: 'duplicate', jobId, jobStatus: 'pending', source: 'qstash' } });
    expect(new Date(schedule.nextRunAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses bad, expired, replayed, other-URL and tampered signatures with 401 and enqueues nothing', async () => {
    const type = 'maintenance.redis-sweep';
    const url = cronEndpointUrl(type);
    const now = Math.floor(Date.now() / 1000);
    const replayed = signed(type, { jti: 'jwt_replay_me' });
    // The original delivery of the replayed token was accepted by another request... of another job:
    // a jti is single-use whatever the URL.
    await getRedis().set('qstash:jti:jwt_replay_me', '1', { ttlSeconds: 600 });
    const cases: Array<[string, Record<string, string>, { body?: string; url?: string }?]> = [
      ['no credentials', {}],
      ['a key that is not ours', signed(type, { key: 'sig_attacker_0000000000000000000000' })],
      ['an expired token', signed(type, { now: now - 900, ttlSeconds: 300 })],
      ['a token not valid yet', signed(type, { now: now + 900 })],
      ['a replayed jti', replayed],
      ['another job of ours', { 'upstash-signature': signQstashToken({ key: keys.current, url: cronEndpointUrl('maintenance.prune-jobs') }) }],
      ['another host', { 'upstash-signature': signQstashToken({ key: keys.current, url: url.replace('localhost', 'evil.example') }) }],
      // The Host header is the caller's; the URL checked is the configured public one.
      ['another host, sent to it', { 'upstash-signature': signQstashToken({ key: keys.current, url: url.replace('localhost', 'evil.example') }) }, { url: url.replace('localhost', 'evil.example') }],
      ['a tampered body', signed(type, { body: '' }), { body: '{"keepDays":1}' }],
      ['another issuer', signed(type, { issuer: 'Mallory' })],
      ['garbage', { 'upstash-signature': 'not.a.jwt' }],
      ['a wrong cron secret', { authorization: 'Bearer wrong-secret-wrong-secret-wrong' }],
      ['the secret without Bearer', { authorization: keys.secret }],
    ];
    for (const [what, headers, options] of cases) {
      const res = await call(type, headers, options);
      expect(res.status, what).toBe(401);
      expect(res.body, what).toEqual({ error: expect.objectContaining({ code: 'unauthorized' }) });
    }
    expect(await jobsOf(type)).toEqual([]);
    expect(await runsOf(type)).toEqual([]);
    // Only verified tokens spend their jti: a refused one is not remembered.
    const claims = (headers: Record<string, string>) => JSON.parse(Buffer.from(headers['upstash-signature']!.split('.')[1]!, 'base64url').toString()) as { jti: string };
    expect(await getRedis().get(`qstash:jti:${claims(cases[2]![1]).jti}`)).toBeNull();
    expect(await getRedis().get(`qstash:jti:${claims(signed(type)).jti}`)).toBeNull();
  });

  it('answers 404 for a job that does not exist or has no schedule, but only to an authenticated caller', async () => {
    expect((await call('nope.nothing', signed('nope.nothing'))).status).toBe(404);
    expect((await call('demo.long', signed('demo.long'))).status).toBe(404);
    expect((await call('nope.nothing', {})).status).toBe(401);
    expect(await runsOf('demo.long')).toEqual([]);
    expect(await runsOf('nope.nothing')).toEqual([]);
  });

  it('takes plain values, not a NextRequest: header names in any case, the arrival URL never trusted', async () => {
    const type = 'monitoring.prune';
    const arrivedAt = cronEndpointUrl(type).replace('localhost', 'evil.example');
    const first = await handleCronRequest({ method: 'POST', url: arrivedAt, headers: { 'Upstash-Signature': signed(type)['upstash-signature'] }, body: '' }, type);
    expect(first).toEqual({ status: 202, body: { status: 'enqueued', jobId: expect.any(Number), slot: scheduleSlot('29 3 * * *', new Date()).toISOString() } });
    await expect(handleCronRequest({ method: 'POST', url: arrivedAt, headers: { AUTHORIZATION: 'Bearer wrong-secret-wrong-secret-wrong' }, body: '' }, type)).rejects.toBeInstanceOf(UnauthorizedError);
    const viaSecret = await handleCronRequest({ method: 'POST', url: arrivedAt, headers: { Authorization: `Bearer ${keys.secret}` }, body: '' }, type);
    expect(viaSecret).toEqual({ status: 200, body: expect.objectContaining({ status: 'locked', jobId: null }) });
    expect(await jobsOf(type)).toEqual([expect.objectContaining({ id: first.body.jobId })]);
    expect((await runsOf(type)).map((r) => [r.source, r.outcome])).toEqual([
      ['qstash', 'enqueued'],
      ['secret', 'locked'],
    ]);
  });

  it('compares secrets in constant time, whatever their lengths', () => {
    expect(secretsEqual(keys.secret, keys.secret)).toBe(true);
    expect(secretsEqual(`${keys.secret}x`, keys.secret)).toBe(false);
    expect(secretsEqual('', keys.secret)).toBe(false);
  });
});

beforeAll(() => {
  // Sanity: this file really runs with QStash keys configured.
  expect(process.env.QSTASH_CURRENT_SIGNING_KEY).toBe(keys.current);
});
