import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnexcs, type FakeConnexcs } from './server';

const databaseUrl = process.env.DATABASE_URL!;
const schema = `fake_connexcs_srv_${randomBytes(4).toString('hex')}`;
const BASIC = `Basic ${Buffer.from('sandbox:sandbox-fake-connexcs-password').toString('base64')}`;
let fake: FakeConnexcs;

async function api(method: string, path: string, body?: unknown, auth = BASIC): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${fake.apiUrl}/${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

beforeAll(async () => {
  fake = await startFakeConnexcs({ databaseUrl, schema, seed: 3 });
  const provider = (await api('POST', 'provider', { name: 'Transit' })).body as { id: number };
  const pcard = (await api('POST', 'card', { name: 'buy', company_id: provider.id, direction: 'provider', currency: 'USD' })).body as { id: string };
  await api('POST', `card/${pcard.id}/rev`, { rules: [{ prefix: '1', cost: 0.002, mcd: 6, pulse: 6 }, { prefix: '44', cost: 0.004 }] });
  const customer = (await api('POST', 'customer', { name: 'Acme' })).body as { id: number };
  const ccard = (await api('POST', 'card', { name: 'sell', company_id: customer.id, direction: 'customer', currency: 'USD' })).body as { id: string };
  await api('POST', `card/${ccard.id}/rev`, {
    rules: [
      { prefix: '1', cost: 0.006, mcd: 6, pulse: 6 },
      { prefix: '44', cost: 0.01, mcd: 60, pulse: 60 },
    ],
  });
  await api('POST', 'routing', { company_id: customer.id, card_id: ccard.id });
});

afterAll(async () => {
  await fake?.close();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop schema if exists ${schema} cascade`);
  await sql.end();
});

describe('fake ConnexCS: protocol', () => {
  it('refuses calls without valid credentials, and an access token where a refresh token is needed', async () => {
    expect((await api('GET', 'customer', undefined, '')).status).toBe(401);
    expect((await api('GET', 'customer', undefined, 'Basic Zm9vOmJhcg==')).status).toBe(401);
    expect((await api('GET', 'customer', undefined, 'Bearer not.a.jwt')).status).toBe(401);
    const refresh = ((await api('POST', 'auth/jwt/refresh', { lifetime: 3600, audience: 'x' })).body as { token: string }).token;
    // A refresh token buys access tokens only; it is not an API credential itself.
    expect((await api('GET', 'customer', undefined, `Bearer ${refresh}`)).status).toBe(401);
    const access = ((await api('GET', 'auth/jwt', undefined, `Bearer ${refresh}`)).body as { token: string }).token;
    expect((await api('GET', 'customer', undefined, `Bearer ${access}`)).status).toBe(200);
    expect((await api('GET', 'auth/jwt', undefined, `Bearer ${access}`)).status).toBe(401);
  });

  it('answers hostile input with 4xx, never 5xx', async () => {
    const cases: Array<[string, string, unknown]> = [
      ['POST', 'customer', '{not json'],
      ['POST', 'customer', { name: 'x\u0000y' }],
      ['POST', 'customer', { name: 'a'.repeat(5000) }],
      ['POST', 'customer', { name: 'ok', currency: 'dollars' }],
      ['POST', 'customer', { name: 'ok', debit_limit: 1e300 }],
      ['POST', 'customer', []],
      ['GET', 'customer/abc', undefined],
      ['GET', 'customer/99999999999999', undefined],
      ['PUT', 'customer/1', { status: 'Blocked' }],
      ['GET', 'customer?_startRow=-1', undefined],
      ['POST', 'switch/ip', { company_id: 1, ip: '1.2.3.4; drop table x' }],
      ['POST', 'switch/ip', { company_id: 'x', ip: '1.2.3.4' }],
      ['POST', 'card', { name: 'c', company_id: 999999, direction: 'customer' }],
      ['GET', "card/x'y", undefined],
      ['POST', 'card/nope/rev', { rules: [{ prefix: '1', cost: 1 }] }],
      ['POST', 'payment', { company_id: 1, total: 'lots' }],
      ['POST', 'cdr', { field: ['dt; drop'], limit: 10 }],
      ['POST', 'cdr', { field: ['dt'], where: { rules: [{ field: 'dt', condition: 'like', data: 'x' }] } }],
      ['POST', 'cdr', { field: ['dt'], where: { rules: [{ field: 'dt', condition: '>=', data: '2026-13-45 99:99:99' }] } }],
      ['POST', 'cdr', { field: ['dt'], limit: 0 }],
      ['POST', 'cdr', { field: ['dt'], limit: 2.5 }],
      ['POST', 'cdr', { field: ['dt'], order: [{ field: 'dt desc, pg_sleep(1)' }] }],
      ['GET', 'breakout-aggrid?start=x&end=y', undefined],
      ['GET', 'did?customer_id=abc', undefined],
      ['GET', 'nowhere', undefined],
    ];
    for (const [method, path, body] of cases) {
      const res = await api(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 90)} ${JSON.stringify(res.body)}`).toBeLessThan(500);
      expect(res.body).toMatchObject({ message: expect.any(String) });
    }
  });

  it('refuses bad control requests with 400', async () => {
    for (const [path, body] of [
      ['traffic', { from: 'x', to: 'y', cps: 10 }],
      ['traffic', { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:01Z', cps: 0 }],
      ['traffic', { from: '2026-01-01T00:00:00.500Z', to: '2026-01-01T00:00:01Z', cps: 1 }],
      ['traffic', { from: '2026-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z', cps: 2000 }],
      ['fail', { mode: 'explode' }],
      ['rerate', { callid: 'none@x' }],
    ] as const) {
      const res = await fetch(`${fake.origin}/__fake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });
});

describe('fake ConnexCS: traffic', () => {
  it('generates cps x seconds attempts with realistic outcomes, durations, PDD and billing', async () => {
    const res = await fetch(`${fake.origin}/__fake/traffic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '2026-05-01T00:00:00Z', to: '2026-05-01T00:01:40Z', cps: 200 }),
    });
    const result = (await res.json()) as { attempts: number; connected: number };
    expect(result.attempts).toBe(20_000);
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const [a] = await sql.unsafe<Record<string, number>[]>(`
        select count(*)::int as n,
               percentile_cont(0.5) within group (order by duration) filter (where sip_code = 200) as p50,
               percentile_cont(0.99) within group (order by duration) filter (where sip_code = 200) as p99,
               min(duration) filter (where sip_code = 200) as min_ms,
               percentile_cont(0.5) within group (order by pdd_out) filter (where pdd_out > 0) as pdd50,
               count(distinct sip_code)::int as codes,
               count(*) filter (where sip_code = 200 and customer_card_dest_code = '44' and customer_duration % 60 <> 0)::int as bad_pulse,
               count(*) filter (where sip_code = 200 and customer_duration * 1000 < duration)::int as under_billed,
               count(*) filter (where sip_code <> 200 and (duration <> 0 or customer_charge <> 0))::int as charged_failures,
               count(distinct (dt)) ::int as seconds
        from ${schema}.call where dt >= '2026-05-01 00:00:00' and dt < '2026-05-01 00:01:40'`);
      expect(a!.n).toBe(20_000);
      expect(a!.seconds).toBe(100);
      // Long tail: median about 45 s, the 99th percentile many times the median.
      expect(a!.p50).toBeGreaterThan(30_000);
      expect(a!.p50).toBeLessThan(60_000);
      expect(a!.p99! / a!.p50!).toBeGreaterThan(5);
      expect(a!.min_ms).toBeGreaterThanOrEqual(1000);
      expect(a!.pdd50).toBeGreaterThan(1500);
      expect(a!.pdd50).toBeLessThan(4000);
      expect(a!.codes).toBeGreaterThanOrEqual(6);
      expect(a!.bad_pulse).toBe(0);
      expect(a!.under_billed).toBe(0);
      expect(a!.charged_failures).toBe(0);
      // Answer ratios differ per destination and stay stable within one.
      const perDest = await sql.unsafe<{ code: string; asr: number }[]>(
        `select customer_card_dest_code as code, avg((sip_code = 200)::int)::float8 as asr from ${schema}.call where dt < '2026-05-01 00:01:40' group by 1`,
      );
      expect(perDest).toHaveLength(2);
      expect(Math.abs(perDest[0]!.asr - perDest[1]!.asr)).toBeGreaterThan(0.005);
      for (const d of perDest) expect(d.asr).toBeGreaterThan(0.25);
    } finally {
      await sql.end();
    }
  });

  it('a blocked customer only fails (403), and the statistics endpoint says so', async () => {
    await api('PUT', 'customer/2', { status: 'Inactive' });
    await fetch(`${fake.origin}/__fake/traffic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '2026-05-02T00:00:00Z', to: '2026-05-02T00:00:10Z', cps: 10 }),
    });
    const stats = (await api('GET', 'breakout-aggrid?start=2026-05-02%2000:00:00&end=2026-05-02%2000:00:10&group=customer_id')).body as Array<Record<string, number>>;
    expect(stats).toEqual([expect.objectContaining({ key: 2, attempts: 100, connected: 0, failed: 100 })]);
    const cdrs = await api('POST', 'cdr', { field: ['dt', 'callid'], where: { rules: [{ field: 'dt', condition: '>=', data: '2026-05-02 00:00:00' }] }, limit: 10 });
    expect(cdrs.body).toEqual([]);
    await api('PUT', 'customer/2', { status: 'Active' });
  });

  it('live mode generates each second in one batch', async () => {
    const liveSchema = `fake_connexcs_live_${randomBytes(4).toString('hex')}`;
    const live = await startFakeConnexcs({ databaseUrl, schema: liveSchema, seed: 1, liveCps: 50 });
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const call = (method: string, path: string, body: unknown) =>
        fetch(`${live.apiUrl}/${path}`, { method, headers: { authorization: BASIC, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ id: never }>);
      const p = await call('POST', 'provider', { name: 'P' });
      const pc = await call('POST', 'card', { name: 'b', company_id: p.id, direction: 'provider' });
      await call('POST', `card/${pc.id}/rev`, { rules: [{ prefix: '1', cost: 0.001 }] });
      const c = await call('POST', 'customer', { name: 'C' });
      const cc = await call('POST', 'card', { name: 's', company_id: c.id, direction: 'customer' });
      await call('POST', `card/${cc.id}/rev`, { rules: [{ prefix: '1', cost: 0.002 }] });
      await call('POST', 'routing', { company_id: c.id, card_id: cc.id });
      let n = 0;
      for (let i = 0; i < 40 && n === 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${liveSchema}.call`);
        n = row!.n;
      }
      expect(n).toBeGreaterThan(0);
      expect(n % 50).toBe(0);
    } finally {
      await live.close();
      await sql.unsafe(`drop schema if exists ${liveSchema} cascade`);
      await sql.end();
    }
  });
});
