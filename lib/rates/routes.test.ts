import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, signInAs } from '@/tests/actors';
import { HOSTS, type Browser } from '@/tests/support/auth';
import { dispatchV1 } from '@/tests/support/v1-dispatch';

/**
 * The rate plan routes over HTTP: the whole life of a plan (create, draft, rows, typeahead, publish,
 * lookup), the immutability 409, and hostile bodies/queries answered 4xx, never 5xx.
 */

let staff: Browser;
let support: Browser;

async function call(browser: Browser, method: string, path: string, body?: unknown, raw?: string) {
  const req = new NextRequest(`http://${browser.at.host}${path}`, { method, headers: browser.headers({ 'content-type': 'application/json' }), body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const res = await dispatchV1(req);
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, any>) : null }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  staff = await signInAs(await createUser('didtron', 'super_admin', 'rates-routes'), HOSTS.admin);
  support = await signInAs(await createUser('didtron', 'support', 'rates-routes-support'), HOSTS.admin);
}, 60_000);

describe('/api/v1 rate plan routes', () => {
  it('create -> draft -> rows -> typeahead -> publish -> lookup; published rows answer 409', async () => {
    const plan = await call(staff, 'POST', '/api/v1/rate-plans', { name: `Routes ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'USD' });
    expect(plan.status).toBe(201);
    const draft = await call(staff, 'POST', `/api/v1/rate-plans/${plan.json!.id}/versions`, {});
    expect(draft).toMatchObject({ status: 201, json: { number: 1, status: 'draft' } });
    const vid = draft.json!.id as string;
    const rows = await call(staff, 'POST', `/api/v1/rate-plan-versions/${vid}/rows`, {
      rows: [
        { prefix: '44', destination: 'United Kingdom', rate: '0.0100', effectiveFrom: '2026-01-01T00:00:00Z' },
        { prefix: '4420', destination: 'UK London', rate: '0.0080', initialIncrement: 60, subsequentIncrement: 6, effectiveFrom: '2026-01-01T00:00:00Z' },
      ],
    });
    expect(rows.status).toBe(201);
    const found = await call(staff, 'GET', `/api/v1/rate-plan-versions/${vid}/rows?q=${encodeURIComponent('+44 20')}&limit=10`);
    expect(found.json!.items.map((r: { prefix: string }) => r.prefix)).toEqual(['4420']);
    const byName = await call(staff, 'GET', `/api/v1/rate-plan-versions/${vid}/rows?q=london`);
    expect(byName.json!.items).toHaveLength(1);
    expect((await call(staff, 'POST', `/api/v1/rate-plan-versions/${vid}/publish`)).json).toMatchObject({ status: 'published', rowCount: 2 });
    const rate = await call(staff, 'GET', `/api/v1/rate-plans/${plan.json!.id}/rate?number=%2B442071234567&at=2026-02-01T00:00:00Z`);
    expect(rate).toMatchObject({ status: 200, json: { match: { prefix: '4420', rate: '0.008000', rateMicro: 8000, currency: 'USD' } } });
    const none = await call(staff, 'GET', `/api/v1/rate-plans/${plan.json!.id}/rate?number=33123&at=2026-02-01T00:00:00Z`);
    expect(none.json!.match).toBeNull();
    const rowId = rows.json!.items[0].id as string;
    expect(await call(staff, 'PATCH', `/api/v1/rate-rows/${rowId}`, { rate: '0.02' })).toMatchObject({ status: 409, json: { error: { code: 'rule_violation' } } });
    expect((await call(staff, 'DELETE', `/api/v1/rate-rows/${rowId}`)).status).toBe(409);
    const detail = await call(staff, 'GET', `/api/v1/rate-plans/${plan.json!.id}`);
    expect(detail.json!.versions).toEqual([expect.objectContaining({ number: 1, status: 'published', rowCount: 2 })]);
    expect((await call(support, 'GET', '/api/v1/rate-plans')).status).toBe(403);
  });

  it('answers hostile input with 4xx, never 5xx', async () => {
    const bodies: unknown[] = [null, [], 'plan', { name: 'x'.repeat(1_000_000), kind: 'sell', currency: 'EUR' }, { name: 'A\u0000', kind: 'sell', currency: 'EUR' }, { name: 'Ok', kind: { $ne: 1 }, currency: 'EUR' }, { name: 'Ok', kind: 'sell', currency: 'EUR', precision: 1e300 }, { name: 'Ok', kind: 'sell', currency: 'EUR', tenantId: "'; drop table rate_plans; --" }];
    for (const body of bodies) {
      const res = await call(staff, 'POST', '/api/v1/rate-plans', body);
      expect(res.status, JSON.stringify(body)?.slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    for (const path of [
      '/api/v1/rate-plans/not-a-uuid',
      `/api/v1/rate-plans/${randomUUID()}`,
      `/api/v1/rate-plan-versions/${randomUUID()}/rows?q=%00`,
      `/api/v1/rate-plan-versions/${randomUUID()}/rows?limit=abc`,
      `/api/v1/rate-plans/${randomUUID()}/rate?number=${'9'.repeat(100)}`,
      `/api/v1/rate-plans/${randomUUID()}/rate?number=44&at=tomorrow`,
      '/api/v1/rate-plans?cursor=garbage',
    ]) {
      const res = await call(staff, 'GET', path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
