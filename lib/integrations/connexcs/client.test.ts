import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConnexcs, type FakeConnexcs } from '@/fakes/connexcs/server';
import { configProblems, PRODUCTION_CORE } from '@/tests/config-problems';
import { callsSince } from '@/tests/support/integrations';
import { fakesInUse, SANDBOX_FAKES } from '@/lib/config';
import { ConnexcsError, createConnexcsClient, jwtExpiry, type ConnexcsCdr, type ConnexcsClient, type ConnexcsSettings } from './client';
import { CONNEXCS_ASSUMPTIONS } from './assumptions';

const USER = 'api-user';
const PASS = 'api-user-password-123';
const FROM = '2026-03-01T10:00:00Z';
const TO = '2026-03-01T10:10:00Z';
const CPS = 20;

const databaseUrl = process.env.DATABASE_URL!;
const schemaName = (tag: string) => `fake_connexcs_${tag}_${randomBytes(4).toString('hex')}`;
let fake: FakeConnexcs;
let schema: string;
let generated: { attempts: number; connected: number };
let customerIds: number[];
const sleeps: number[] = [];

function client(overrides: Partial<ConnexcsSettings> = {}, target: FakeConnexcs = fake): ConnexcsClient {
  return createConnexcsClient({
    apiUrl: target.apiUrl,
    auth: { kind: 'jwt', username: USER, password: PASS },
    baseDelayMs: 10,
    maxDelayMs: 200,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
}

async function control(path: string, body?: unknown, target: FakeConnexcs = fake): Promise<Record<string, unknown>> {
  const res = await fetch(`${target.origin}/__fake/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`control ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}
type Stats = { requests: number; refreshTokensIssued: number; refreshRenewals: number; accessTokensIssued: number; unauthorized: number; faultsServed: number; cdrSearches: number };
const stats = async (target: FakeConnexcs = fake) => (await control('stats', undefined, target)) as unknown as Stats;
const clearFaults = () => fetch(`${fake.origin}/__fake/fail`, { method: 'DELETE' });

/** Two carriers with provider cards, three customers with routed customer cards (one with an IP and a tech prefix). */
async function pushFixture(c: ConnexcsClient): Promise<number[]> {
  const cheap = await c.carriers.create({ name: 'Cheap Transit', currency: 'USD' });
  const premium = await c.carriers.create({ name: 'Premium Direct', currency: 'USD' });
  const cheapCard = await c.rateCards.create({ name: 'Cheap buy', companyId: cheap.id, direction: 'provider', currency: 'USD' });
  await c.rateCards.pushRevision(cheapCard.id, [
    { prefix: '44', name: 'UK', cost: 0.004, mcd: 1, pulse: 1 },
    { prefix: '1', name: 'USA', cost: 0.002, mcd: 6, pulse: 6 },
  ]);
  const premiumCard = await c.rateCards.create({ name: 'Premium buy', companyId: premium.id, direction: 'provider', currency: 'USD' });
  await c.rateCards.pushRevision(premiumCard.id, [
    { prefix: '447', name: 'UK mobile', cost: 0.012, mcd: 1, pulse: 1 },
    { prefix: '49', name: 'Germany', cost: 0.006, mcd: 30, pulse: 6 },
  ]);
  const ids: number[] = [];
  for (const [i, name] of ['Acme Voice', 'Globex Telecom', 'Initech Calls'].entries()) {
    const { id } = await c.customers.create({ name, currency: 'USD', debit_limit: 100 });
    ids.push(id);
    const card = await c.rateCards.create({ name: `${name} sell`, companyId: id, direction: 'customer', currency: 'USD' });
    await c.rateCards.pushRevision(card.id, [
      { prefix: '44', name: 'UK', cost: 0.01 + i / 1000, mcd: 1, pulse: 1 },
      { prefix: '447', name: 'UK mobile', cost: 0.02, mcd: 1, pulse: 1 },
      { prefix: '1', name: 'USA', cost: 0.005, mcd: 6, pulse: 6 },
      { prefix: '49', name: 'Germany', cost: 0.011, mcd: 30, pulse: 6 },
      { prefix: '33', name: 'France (no carrier)', cost: 0.02, mcd: 1, pulse: 1 },
    ]);
    await c.routing.assign({ companyId: id, cardId: card.id, name: 'default' });
  }
  await c.ipAuth.add({ companyId: ids[0]!, ip: '203.0.113.10', techPrefix: '1234#', direction: 'ingress' });
  await c.ipAuth.add({ companyId: cheap.id, ip: '198.51.100.7', direction: 'egress' });
  return ids;
}

async function allCdrs(c: ConnexcsClient, limit: number, from = FROM, to = TO): Promise<ConnexcsCdr[][]> {
  const pages: ConnexcsCdr[][] = [];
  for await (const page of c.cdrs.pages({ from, to, limit })) pages.push(page);
  return pages;
}

beforeAll(async () => {
  schema = schemaName('client');
  fake = await startFakeConnexcs({ databaseUrl, schema, seed: 42, username: USER, password: PASS, accessTokenSeconds: 600 });
  customerIds = await pushFixture(client());
  const g = await control('traffic', { from: FROM, to: TO, cps: CPS });
  generated = { attempts: g.attempts as number, connected: g.connected as number };
});

afterAll(async () => {
  await fake?.close();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop schema if exists ${schema} cascade`);
  await sql.end();
});

beforeEach(async () => {
  sleeps.length = 0;
  await clearFaults();
});

describe('ConnexCS adapter: auth', () => {
  it('takes a refresh token with Basic, then access tokens, and renews the access token before it expires', async () => {
    let skew = 0;
    const c = client({ now: () => Date.now() + skew, accessRenewMarginMs: 60_000 });
    const before = await stats();
    await c.customers.list();
    await c.customers.list();
    const mid = await stats();
    expect(mid.refreshTokensIssued - before.refreshTokensIssued).toBe(1);
    expect(mid.accessTokensIssued - before.accessTokensIssued).toBe(1);
    // 9.5 minutes later (of a 10-minute token): inside the renewal margin, so renewed before use.
    skew = 570_000;
    await c.customers.list();
    const after = await stats();
    expect(after.accessTokensIssued - mid.accessTokensIssued).toBe(1);
    expect(after.unauthorized).toBe(mid.unauthorized);
  });

  it('renews the refresh token with the old one (Bearer, not Basic) when under 15 days remain', async () => {
    let skew = 0;
    const c = client({ now: () => Date.now() + skew });
    await c.customers.list();
    const before = await stats();
    skew = 16 * 24 * 3600 * 1000; // 14 days left of a 30-day refresh token (the server's clock is unchanged)
    await c.customers.list();
    const after = await stats();
    expect(after.refreshTokensIssued - before.refreshTokensIssued).toBe(1);
    expect(after.refreshRenewals - before.refreshRenewals).toBe(1);
    expect(after.unauthorized).toBe(before.unauthorized);
  });

  it('gets a new access token when the server says the current one expired, and the call succeeds', async () => {
    const c = client();
    await c.customers.list();
    await control('fail', { mode: 'expired_token' });
    const before = await stats();
    const rows = await c.customers.list();
    expect(rows.map((r) => r.name)).toEqual(['Acme Voice', 'Globex Telecom', 'Initech Calls']);
    const after = await stats();
    expect(after.unauthorized - before.unauthorized).toBe(1);
    expect(after.accessTokensIssued - before.accessTokensIssued).toBe(1);
  });

  it('works with Basic auth, and names the failure when the credentials are wrong', async () => {
    const basic = client({ auth: { kind: 'basic', username: USER, password: PASS } });
    expect((await basic.testConnection()).account).toContain('fake ConnexCS');
    const wrong = client({ auth: { kind: 'basic', username: USER, password: 'nope-nope' } });
    await expect(wrong.customers.list()).rejects.toMatchObject({ reason: 'unauthorized', message: expect.stringContaining('HTTP 401') });
    const wrongJwt = client({ auth: { kind: 'jwt', username: USER, password: 'nope-nope' } });
    await expect(wrongJwt.customers.list()).rejects.toMatchObject({ reason: 'unauthorized', message: expect.stringContaining('auth/jwt/refresh') });
    await expect(client({ auth: undefined }).customers.list()).rejects.toMatchObject({ code: 'integration_not_configured' });
  });

  it('reads the exp of a JWT, and a refresh token given in settings is used without Basic', async () => {
    const res = await fetch(`${fake.apiUrl}/auth/jwt/refresh`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ lifetime: 2_592_000, audience: 'test' }),
    });
    const { token } = (await res.json()) as { token: string };
    expect(token.split('.')).toHaveLength(3);
    const exp = jwtExpiry(token)!;
    expect(exp.expMs - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    const before = await stats();
    await client({ auth: { kind: 'jwt', refreshToken: token } }).customers.list();
    expect((await stats()).refreshTokensIssued).toBe(before.refreshTokensIssued);
  });
});

describe('ConnexCS adapter: retries, timeouts, bad answers', () => {
  it('retries 429 and 500 with growing, jittered backoff, then succeeds', async () => {
    const c = client();
    await c.testConnection(); // holds its tokens: the faults below hit the call itself
    sleeps.length = 0;
    await control('fail', { mode: '429', times: 2 });
    await control('fail', { mode: '500', times: 1 });
    const before = await stats();
    const rows = await c.customers.list();
    expect(rows).toHaveLength(3);
    expect(sleeps).toHaveLength(3);
    // Equal jitter: attempt n waits within [cap/2, cap], cap = 10 ms * 2^(n-1).
    expect(sleeps[0]).toBeGreaterThanOrEqual(5);
    expect(sleeps[0]).toBeLessThanOrEqual(10);
    expect(sleeps[1]).toBeGreaterThanOrEqual(10);
    expect(sleeps[1]).toBeLessThanOrEqual(20);
    expect(sleeps[2]).toBeGreaterThanOrEqual(20);
    expect(sleeps[2]).toBeLessThanOrEqual(40);
    expect((await stats()).faultsServed - before.faultsServed).toBe(3);
  });

  it('honours Retry-After on 429', async () => {
    const c = client({ maxDelayMs: 5000 });
    await c.testConnection();
    await control('fail', { mode: '429', times: 1, retryAfter: 1 });
    await c.customers.list();
    expect(sleeps).toEqual([1000]);
  });

  it('gives up after N attempts with an error naming the call, the attempts and the status', async () => {
    const c = client({ maxAttempts: 3 });
    await c.testConnection();
    await control('fail', { mode: '500', times: 10 });
    const error = await c.customers
      .get(customerIds[0]!)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnexcsError);
    expect((error as ConnexcsError).message).toBe('ConnexCS GET customer/' + customerIds[0] + ' failed after 3 attempts: HTTP 500 Internal Server Error');
    expect((error as ConnexcsError).attempts).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it('never repeats a payment after a 500 (it could move money twice), but does after a 429', async () => {
    const id = customerIds[2]!;
    const c = client();
    const before = await c.balances.get(id);
    await control('fail', { mode: '500', times: 1 });
    await expect(c.balances.adjust({ customerId: id, total: 5, description: 'top-up' })).rejects.toMatchObject({ reason: 'http_error', attempts: 1 });
    await control('fail', { mode: '429', times: 1 });
    await c.balances.adjust({ customerId: id, total: 5, description: 'top-up' });
    const after = await c.balances.get(id);
    expect(after.credit - before.credit).toBeCloseTo(5, 6);
  });

  it('times out a slow answer, retries a read, and says so when it gives up', async () => {
    // Generous against a loaded machine: the healthy attempt must answer within the timeout.
    const c = client({ timeoutMs: 1500, maxAttempts: 2 });
    await c.testConnection();
    await control('fail', { mode: 'slow', delayMs: 4000, times: 1 });
    expect(await c.customers.list()).toHaveLength(3);
    await control('fail', { mode: 'slow', delayMs: 4000, times: 2 });
    await expect(c.customers.list()).rejects.toMatchObject({ reason: 'timeout', message: expect.stringMatching(/no answer within 1500 ms.*gave up after 2 attempts/) });
  });

  it('token requests are retried too: a 429 or 500 on auth/jwt/refresh does not fail the call', async () => {
    await control('fail', { mode: '429', times: 1 });
    await control('fail', { mode: '500', times: 1 });
    expect(await client().customers.list()).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('a dropped connection is retried for reads', async () => {
    await control('fail', { mode: 'down', times: 1 });
    expect(await client().customers.list()).toHaveLength(3);
  });

  it('malformed JSON is a clear ConnexcsError, never a SyntaxError', async () => {
    const c = client();
    await c.testConnection();
    await control('fail', { mode: 'malformed', times: 1 });
    const error = await c.customers
      .list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnexcsError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as ConnexcsError).reason).toBe('invalid_response');
    expect((error as ConnexcsError).message).toMatch(/GET customer: the answer is not valid JSON/);
  });

  it('records every typed call in integration_calls as connexcs', async () => {
    const since = new Date(Date.now() - 1000);
    await client().dids.list();
    await control('fail', { mode: '500', times: 5 });
    await client({ maxAttempts: 2 })
      .dids.list()
      .catch(() => {});
    const rows = await callsSince('connexcs', since);
    expect(rows.some((r) => r.operation === 'did.list' && r.ok)).toBe(true);
    expect(rows.some((r) => r.operation === 'did.list' && !r.ok && /HTTP 500/.test(r.error ?? ''))).toBe(true);
  });
});

describe('ConnexCS adapter: typed methods against the fake', () => {
  it('customers: create, update, block and unblock; carriers and IP auth', async () => {
    const c = client();
    const { id } = await c.customers.create({ name: 'Blocked Ltd', currency: 'EUR' });
    await c.customers.update(id, { debit_limit: 50, channels: 30 });
    await c.customers.block(id);
    expect(await c.customers.get(id)).toMatchObject({ name: 'Blocked Ltd', status: 'Inactive', currency: 'EUR', debit_limit: 50, channels: 30 });
    expect((await c.customers.list({ status: 'inactive' })).map((r) => r.id)).toContain(id);
    await c.customers.unblock(id);
    expect((await c.customers.get(id)).status).toBe('Active');
    expect((await c.carriers.list()).map((r) => r.name)).toEqual(['Cheap Transit', 'Premium Direct']);
    const ips = await c.ipAuth.list({ companyId: customerIds[0] });
    expect(ips).toEqual([expect.objectContaining({ ip: '203.0.113.10', tech_prefix: '1234#', direction: 'ingress' })]);
    const added = await c.ipAuth.add({ companyId: id, ip: '192.0.2.1' });
    await c.ipAuth.remove(added.id);
    expect(await c.ipAuth.list({ companyId: id })).toEqual([]);
  });

  it('rate cards and routing read back what was pushed, with revisions', async () => {
    const c = client();
    const [route] = await c.routing.list(customerIds[1]!);
    const card = await c.rateCards.get(route!.card_id);
    expect(card).toMatchObject({ active_rev: 1, count: 5, direction: 'customer', currency: 'USD' });
    expect(card.id).toMatch(/^[A-Za-z0-9_-]{4}-[A-Za-z0-9_-]{4}$/);
    const rules = await c.rateCards.rules(card.id, 1, { limit: 2, offset: 1 });
    expect(rules.map((r) => r.prefix)).toEqual(['33', '44']);
    expect(rules[1]).toMatchObject({ cost: 0.011, mcd: 1, pulse: 1 });
    const rev2 = await c.rateCards.pushRevision(card.id, [{ prefix: '44', name: 'UK', cost: 0.011, mcd: 1, pulse: 1 }], { activate: false });
    expect(rev2.rev).toBe(2);
    expect((await c.rateCards.get(card.id)).active_rev).toBe(1);
  });

  it('balances read credit + debit_limit; a negative payment debits', async () => {
    const c = client();
    const id = customerIds[0]!;
    const before = await c.balances.get(id);
    expect(before.debitLimit).toBe(100);
    await c.balances.adjust({ customerId: id, total: 25.5, description: 'wire transfer' });
    await c.balances.adjust({ customerId: id, total: -0.5, description: 'DID setup' });
    const after = await c.balances.get(id);
    expect(after.credit - before.credit).toBeCloseTo(25, 6);
    expect(after.available).toBeCloseTo(after.credit + 100, 6);
    const payments = await c.balances.payments(id);
    expect(payments.slice(0, 2).map((p) => p.amount)).toEqual([-0.5, 25.5]);
    await expect(c.balances.adjust({ customerId: id, total: Number.NaN, description: 'x' })).rejects.toMatchObject({ reason: 'invalid_request' });
  });

  it('DIDs: create, list unassigned, assign', async () => {
    const c = client();
    const { id } = await c.dids.create({ did: '442071234567' });
    expect((await c.dids.list({ customerId: null })).map((d) => d.did)).toContain('442071234567');
    await c.dids.assign(id, customerIds[0]!);
    expect(await c.dids.list({ customerId: customerIds[0]! })).toEqual([expect.objectContaining({ id, did: '442071234567', customer_id: customerIds[0] })]);
  });
});

describe('ConnexCS adapter: CDRs and statistics', () => {
  it('pages by dt and covers every generated connected call exactly once', async () => {
    const c = client();
    const pages = await allCdrs(c, 700);
    expect(pages.length).toBeGreaterThan(3);
    const rows = pages.flat();
    const keys = rows.map((r) => `${r.callid}/${r.branch_idx}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.length).toBe(generated.connected);
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const truth = await sql.unsafe<{ k: string }[]>(
      `select callid || '/' || branch_idx as k from ${schema}.call where sip_code = 200 and dt between $1::timestamp and $2::timestamp`,
      ['2026-03-01 10:00:00', '2026-03-01 10:10:00'],
    );
    await sql.end();
    expect(new Set(keys)).toEqual(new Set(truth.map((t) => t.k)));
    expect(rows.every((r) => r.sip_code === 200 && r.duration > 0 && r.customer_charge > 0)).toBe(true);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.dt <= r.dt)).toBe(true);
  });

  it('pages through seconds holding more calls than the page size', async () => {
    // 20 CPS is about 10 connected calls a second: a page of 4 always ends inside a second.
    const rows = (await allCdrs(client(), 4, '2026-03-01T10:00:00Z', '2026-03-01T10:00:09Z')).flat();
    const keys = new Set(rows.map((r) => `${r.callid}/${r.branch_idx}`));
    const direct = await client().cdrs.search({ from: '2026-03-01T10:00:00Z', to: '2026-03-01T10:00:09Z', limit: 5000 });
    expect(keys.size).toBe(rows.length);
    expect(rows.length).toBe(direct.length);
  });

  it('refuses a limit above 5,000 before sending, and the fake refuses it too', async () => {
    const before = await stats();
    await expect(client().cdrs.search({ from: FROM, to: TO, limit: 5001 })).rejects.toMatchObject({ reason: 'invalid_request', message: expect.stringContaining('from 1 to 5000') });
    expect((await stats()).cdrSearches).toBe(before.cdrSearches);
    const auth = `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`;
    const res = await fetch(`${fake.apiUrl}/cdr`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ field: ['dt'], where: { rules: [] }, limit: 5001, order: [] }),
    });
    expect(res.status).toBe(400);
  });

  it('statistics count attempts and failures consistent with the generated calls and the CDRs', async () => {
    const c = client();
    const rows = await c.statistics.get({ from: FROM, to: TO, group: 'customer_id' });
    const total = rows.reduce((a, r) => ({ attempts: a.attempts + r.attempts, connected: a.connected + r.connected, failed: a.failed + r.failed }), { attempts: 0, connected: 0, failed: 0 });
    expect(total.attempts).toBe(generated.attempts);
    expect(total.attempts).toBe(CPS * 600);
    expect(total.connected).toBe(generated.connected);
    expect(total.failed).toBe(total.attempts - total.connected);
    const cdrs = (await allCdrs(c, 5000)).flat();
    for (const r of rows) expect(r.connected).toBe(cdrs.filter((x) => x.customer_id === r.key).length);
    // Realistic: an overall answer ratio between 25 % and 75 %, and calls with no carrier (France) fail.
    expect(total.connected / total.attempts).toBeGreaterThan(0.25);
    expect(total.connected / total.attempts).toBeLessThan(0.75);
    const byDest = await c.statistics.get({ from: FROM, to: TO, group: 'dest_code' });
    expect(byDest.find((r) => r.key === '33')).toMatchObject({ connected: 0 });
  });

  it('a re-rated CDR is visible, changed in place, on the next search', async () => {
    const c = client();
    const [first] = await c.cdrs.search({ from: FROM, to: TO, limit: 1 });
    await control('rerate', { callid: first!.callid, branch_idx: first!.branch_idx, customer_charge: 9.8765 });
    const again = await c.cdrs.search({ from: first!.dt, to: first!.dt, limit: 5000 });
    const same = again.filter((r) => r.callid === first!.callid && r.branch_idx === first!.branch_idx);
    expect(same).toHaveLength(1);
    expect(same[0]!.customer_charge).toBe(9.8765);
    expect(same[0]!.provider_charge).toBe(first!.provider_charge);
  });

  it('the same seed gives the same CDRs; another seed gives others', async () => {
    const twinSchema = schemaName('twin');
    const otherSchema = schemaName('other');
    const twin = await startFakeConnexcs({ databaseUrl, schema: twinSchema, seed: 42, username: USER, password: PASS });
    const other = await startFakeConnexcs({ databaseUrl, schema: otherSchema, seed: 7, username: USER, password: PASS });
    try {
      const window = { from: '2026-03-01T10:00:00Z', to: '2026-03-01T10:02:00Z' };
      const last = '2026-03-01T10:01:59Z'; // the twins generated [from, to): compare up to the last second
      for (const target of [twin, other]) {
        await pushFixture(client({}, target));
        await control('traffic', { ...window, cps: CPS }, target);
      }
      const ours = (await allCdrs(client(), 5000, window.from, last)).flat().filter((r) => r.customer_charge !== 9.8765);
      const theirs = (await allCdrs(client({}, twin), 5000, window.from, last)).flat();
      expect(theirs.length).toBe(ours.length + 1);
      expect(theirs.filter((r) => ours.some((o) => o.callid === r.callid)).length).toBe(ours.length);
      expect(JSON.stringify(theirs.filter((r) => ours.some((o) => o.callid === r.callid)))).toBe(JSON.stringify(ours));
      const others = (await allCdrs(client({}, other), 5000, window.from, last)).flat();
      expect(others.map((r) => r.callid)).not.toEqual(theirs.map((r) => r.callid));
    } finally {
      await Promise.allSettled([twin.close(), other.close()]);
      const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop schema if exists ${twinSchema} cascade; drop schema if exists ${otherSchema} cascade`);
      await sql.end();
    }
  });

  it('state survives a restart of the fake (it is in PostgreSQL), and issued tokens stay valid', async () => {
    const c = client();
    const before = (await allCdrs(c, 5000)).flat();
    const customers = await c.customers.list();
    await fake.close();
    const port = fake.port;
    fake = await startFakeConnexcs({ databaseUrl, schema, seed: 999, port, username: USER, password: PASS, accessTokenSeconds: 600 });
    expect(fake.seed).toBe(42);
    const issued = (await stats()).accessTokensIssued;
    expect(await c.customers.list()).toEqual(customers);
    expect((await allCdrs(c, 5000)).flat()).toEqual(before);
    expect(await stats()).toMatchObject({ accessTokensIssued: issued, unauthorized: 0 });
  });
});

describe('ConnexCS configuration', () => {
  it('sandbox points at the fake; production refuses the fake URL and password', () => {
    expect(SANDBOX_FAKES.connexcsApiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/cp$/);
    expect(fakesInUse({ CONNEXCS_API_URL: 'http://127.0.0.1:4595/api/cp' })).toContain('connexcs');
    const found = configProblems({ ...PRODUCTION_CORE, CONNEXCS_API_URL: 'http://127.0.0.1:4595/api/cp', CONNEXCS_PASSWORD: SANDBOX_FAKES.connexcsPassword });
    expect(found.some((p) => p.startsWith('CONNEXCS_API_URL points at a local fake server'))).toBe(true);
    expect(found.some((p) => p.startsWith('CONNEXCS_PASSWORD holds the local fake'))).toBe(true);
  });

  it('names every unconfirmed shape in one file', () => {
    for (const entry of Object.values(CONNEXCS_ASSUMPTIONS)) expect(entry.why.length).toBeGreaterThan(20);
  });
});
