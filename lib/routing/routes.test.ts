import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { catalogPops } from '@/db/schema';
import { createUser, signInAs } from '@/tests/actors';
import { HOSTS, type Browser } from '@/tests/support/auth';
import { dispatchV1 } from '@/tests/support/v1-dispatch';

/**
 * The routing routes over HTTP: a plan's life (rate plans, a supplier with its plan, entries, a
 * group, route a number, the check started as a job), the supplier-plan rule as a 409, carrier
 * users and support refused, and hostile bodies/queries answered 4xx, never 5xx.
 */

let staff: Browser;
let support: Browser;
let popId: string;
const uniq = () => randomUUID().slice(0, 6).toUpperCase();

async function call(browser: Browser, method: string, path: string, body?: unknown, raw?: string) {
  const req = new NextRequest(`http://${browser.at.host}${path}`, { method, headers: browser.headers({ 'content-type': 'application/json' }), body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const res = await dispatchV1(req);
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, any>) : null }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function publishedPlan(kind: 'sell' | 'buy', rows: Array<[string, string]>) {
  const plan = await call(staff, 'POST', '/api/v1/rate-plans', { name: `Routing ${uniq()}`, kind, currency: 'USD' });
  const draft = await call(staff, 'POST', `/api/v1/rate-plans/${plan.json!.id}/versions`, {});
  await call(staff, 'POST', `/api/v1/rate-plan-versions/${draft.json!.id}/rows`, { rows: rows.map(([prefix, rate]) => ({ prefix, destination: `D${prefix}`, rate, effectiveFrom: '2026-01-01T00:00:00Z' })) });
  expect((await call(staff, 'POST', `/api/v1/rate-plan-versions/${draft.json!.id}/publish`)).status).toBe(200);
  return plan.json!.id as string;
}

async function egress(planId: string | null) {
  const carrier = await call(staff, 'POST', '/api/v1/carriers', { name: `Sup ${uniq()}`, code: `S${uniq()}`, type: 'supplier', primaryCurrency: 'USD' });
  const ic = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: carrier.json!.id, direction: 'egress', name: 'Out', popId, supplierRatePlanId: planId });
  expect(ic.status).toBe(201);
  return ic.json!.id as string;
}

beforeAll(async () => {
  staff = await signInAs(await createUser('didtron', 'super_admin', 'routing-routes'), HOSTS.admin);
  support = await signInAs(await createUser('didtron', 'support', 'routing-routes-support'), HOSTS.admin);
  const [pop] = await withPlatform((tx) => tx.insert(catalogPops).values({ name: `Routing POP ${uniq()}`, code: `Q${uniq()}`, region: 'europe' }).returning());
  popId = pop!.id;
}, 60_000);

describe('/api/v1 routing routes', () => {
  it('plan -> entries -> group -> route a number -> check; the supplier-plan rule is a 409', async () => {
    const sell = await publishedPlan('sell', [['44', '0.0200']]);
    const buy = await publishedPlan('buy', [['44', '0.0100']]);
    const a = await egress(buy);
    const bare = await egress(null);
    const plan = await call(staff, 'POST', '/api/v1/routing-plans', { name: `Routes ${uniq()}`, marginFloor: '0.0010' });
    expect(plan).toMatchObject({ status: 201, json: { status: 'draft', marginFloorMicro: 1000 } });
    const id = plan.json!.id as string;
    expect(await call(staff, 'PUT', `/api/v1/routing-plans/${id}/entries`, { entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: bare }] }] })).toMatchObject({
      status: 409,
      json: { error: { code: 'rule_violation' } },
    });
    const put = await call(staff, 'PUT', `/api/v1/routing-plans/${id}/entries`, { entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: a, qualityTier: 2 }] }] });
    expect(put).toMatchObject({ status: 200, json: { items: [{ prefix: '44', created: true }] } });
    const group = await call(staff, 'POST', `/api/v1/routing-plans/${id}/groups`, { name: 'UK', suppliers: [{ interconnectId: a }] });
    expect(group.status).toBe(201);
    expect((await call(staff, 'PATCH', `/api/v1/route-groups/${group.json!.id}`, { name: 'UK premium' })).json).toMatchObject({ name: 'UK premium' });
    const entries = await call(staff, 'GET', `/api/v1/routing-plans/${id}/entries?q=4&limit=10`);
    expect(entries.json!.items).toEqual([expect.objectContaining({ prefix: '44', method: 'lcr', suppliers: [expect.objectContaining({ interconnectId: a, qualityTier: 2 })] })]);
    const routed = await call(staff, 'GET', `/api/v1/routing-plans/${id}/route?number=%2B4420&at=2026-02-01T00:00:00Z&customerRatePlanId=${sell}`);
    expect(routed).toMatchObject({ status: 200, json: { matchedPrefix: '44', sell: { rate: '0.020000' }, candidates: [{ interconnectId: a, rank: 1, buy: '0.010000', margin: '0.010000' }], skipped: [] } });
    const check = await call(staff, 'POST', `/api/v1/routing-plans/${id}/checks`, { customerRatePlanId: sell });
    expect(check).toMatchObject({ status: 202, json: { status: 'queued', total: 1 } });
    expect((await call(staff, 'GET', `/api/v1/route-checks/${check.json!.id}`)).json).toMatchObject({ id: check.json!.id });
    expect((await call(staff, 'GET', `/api/v1/route-checks/${check.json!.id}/findings?kind=no_route`)).json).toMatchObject({ items: [] });
    expect((await call(staff, 'GET', `/api/v1/routing-plans/${id}`)).json).toMatchObject({ counts: { entries: 1, groups: 1 }, latestCheck: { id: check.json!.id } });
    expect((await call(staff, 'GET', '/api/v1/routing-plans?q=Routes')).json!.items.length).toBeGreaterThan(0);
    expect((await call(staff, 'DELETE', `/api/v1/route-groups/${group.json!.id}`)).status).toBe(200);
    expect((await call(staff, 'DELETE', `/api/v1/route-entries/${entries.json!.items[0].id}`)).status).toBe(200);
    expect((await call(staff, 'DELETE', `/api/v1/routing-plans/${id}`)).status).toBe(200);
    expect((await call(support, 'GET', '/api/v1/routing-plans')).status).toBe(403);
    expect((await call(support, 'POST', '/api/v1/routing-plans', { name: 'Nope' })).status).toBe(403);
  });

  it('answers hostile input with 4xx, never 5xx', async () => {
    const plan = await call(staff, 'POST', '/api/v1/routing-plans', { name: `Hostile ${uniq()}` });
    const id = plan.json!.id as string;
    const bodies: Array<[string, string, unknown]> = [
      ['POST', '/api/v1/routing-plans', null],
      ['POST', '/api/v1/routing-plans', []],
      ['POST', '/api/v1/routing-plans', { name: 'x'.repeat(1_000_000) }],
      ['POST', '/api/v1/routing-plans', { name: 'A\u0000' }],
      ['POST', '/api/v1/routing-plans', { name: 'Ok', marginFloor: 1e300 }],
      ['POST', '/api/v1/routing-plans', { name: 'Ok', status: { $ne: 1 } }],
      ['PATCH', `/api/v1/routing-plans/${id}`, { marginFloor: '--1' }],
      ['PUT', `/api/v1/routing-plans/${id}/entries`, { entries: [{ prefix: '44\u0000', method: 'lcr', suppliers: [] }] }],
      ['PUT', `/api/v1/routing-plans/${id}/entries`, { entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: randomUUID() }] }] }],
      ['PUT', `/api/v1/routing-plans/${id}/entries`, { entries: Array.from({ length: 1001 }, (_, i) => ({ prefix: String(i + 1), method: 'ordered', suppliers: [] })) }],
      ['PUT', `/api/v1/routing-plans/${id}/entries`, { entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: "'; drop table route_entries; --" }] }] }],
      ['PUT', `/api/v1/routing-plans/${randomUUID()}/entries`, { entries: [{ prefix: '44', method: 'lcr', groupId: randomUUID() }] }],
      ['POST', `/api/v1/routing-plans/${id}/groups`, { name: 'G', suppliers: [{ interconnectId: randomUUID(), weight: 1e9 }] }],
      ['POST', `/api/v1/routing-plans/${id}/checks`, { customerRatePlanId: randomUUID() }],
      ['PATCH', `/api/v1/route-groups/${randomUUID()}`, { name: 'G' }],
    ];
    for (const [method, path, body] of bodies) {
      const res = await call(staff, method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await call(staff, 'POST', '/api/v1/routing-plans', undefined, '{"name": ')).status).toBe(422);
    for (const path of [
      '/api/v1/routing-plans/not-a-uuid',
      `/api/v1/routing-plans/${randomUUID()}`,
      `/api/v1/routing-plans/${id}/entries?q=%00`,
      `/api/v1/routing-plans/${id}/entries?limit=abc`,
      `/api/v1/routing-plans/${id}/entries?cursor=garbage`,
      `/api/v1/routing-plans/${id}/route?number=${'9'.repeat(100)}&customerRatePlanId=${randomUUID()}`,
      `/api/v1/routing-plans/${id}/route?number=44&at=tomorrow&customerRatePlanId=${randomUUID()}`,
      `/api/v1/routing-plans/${id}/route?number=44`,
      `/api/v1/routing-plans/${id}/route?number=44&customerRatePlanId=nope`,
      `/api/v1/route-checks/${randomUUID()}/findings?kind=bad`,
      '/api/v1/route-checks/x/findings',
      '/api/v1/routing-plans?status=live',
    ]) {
      const res = await call(staff, 'GET', path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
