import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { catalogPops } from '@/db/schema';
import { createUser, signInAs, tenantIdOf } from '@/tests/actors';
import { HOSTS, type Browser } from '@/tests/support/auth';
import { dispatchV1 } from '@/tests/support/v1-dispatch';

/**
 * The Class 4 routes over HTTP (route(), the proxy's headers, the session): hostile bodies and
 * query strings are 4xx, never 5xx; a broken rule is a 409 naming it; a carrier user reads its own
 * carrier only, through the API as well.
 */

let staff: Browser;
let carrierUser: Browser;
let rootId: string;
let popId: string;

async function call(browser: Browser, method: string, path: string, body?: unknown, raw?: string) {
  const req = new NextRequest(`http://${browser.at.host}${path}`, { method, headers: browser.headers({ 'content-type': 'application/json' }), body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const res = await dispatchV1(req);
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

beforeAll(async () => {
  rootId = await tenantIdOf('didtron');
  staff = await signInAs(await createUser('didtron', 'super_admin', 'class4-routes'), HOSTS.admin);
  const cu = await createUser('didtron', 'carrier_user', 'class4-routes-carrier');
  carrierUser = await signInAs(cu, HOSTS.carrier);
  const [pop] = await withPlatform((tx) => tx.insert(catalogPops).values({ name: 'Routes POP', code: `R${randomUUID().slice(0, 6).toUpperCase()}`, region: 'europe' }).returning());
  popId = pop!.id;
  (globalThis as { __carrierUserId?: string }).__carrierUserId = cu.id;
}, 60_000);

describe('/api/v1 Class 4 routes', () => {
  it('answer hostile input with 4xx, never 5xx', async () => {
    const code = () => `H${randomUUID().slice(0, 8).toUpperCase()}`;
    const bodies: unknown[] = [
      null,
      [],
      'carrier',
      { name: 'x'.repeat(1_000_000), code: code(), type: 'customer', primaryCurrency: 'USD' },
      { name: 'Bad\u0000Name', code: code(), type: 'customer', primaryCurrency: 'USD' },
      { name: 'Ok', code: code(), type: { $ne: 1 }, primaryCurrency: 'USD' },
      { name: 'Ok', code: code(), type: 'customer', primaryCurrency: 'USD', creditLimitMinor: 1e300 },
      { name: 'Ok', code: code(), type: 'customer', primaryCurrency: 'USD', creditLimitMinor: -1 },
      { name: 'Ok', code: code(), type: 'customer', primaryCurrency: 'USD', customerAccountId: "'; drop table carriers; --" },
      { name: 'Ok', code: code(), type: 'customer', primaryCurrency: 'USD', __proto__: { admin: true }, extra: 1 },
    ];
    for (const body of bodies) {
      const res = await call(staff, 'POST', '/api/v1/carriers', body);
      expect(res.status, JSON.stringify(body)?.slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const broken = await call(staff, 'POST', '/api/v1/carriers', undefined, '{"name": "unterminated');
    expect([400, 422]).toContain(broken.status);
    for (const path of ['/api/v1/carriers/not-a-uuid', `/api/v1/carriers/${randomUUID()}`, '/api/v1/interconnects/%00', `/api/v1/carrier-services/${randomUUID()}`]) {
      const res = await call(staff, 'GET', path);
      expect([400, 404, 422]).toContain(res.status);
    }
    for (const query of ['?limit=100000', '?sort=;drop', '?carrier=nope', '?cursor=%%%', `?q=${'%'.repeat(5000)}`, '?direction=sideways']) {
      const res = await call(staff, 'GET', `/api/v1/interconnects${query}`);
      expect(res.status, query).toBeLessThan(500);
    }
    const badIc = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: randomUUID(), direction: 'ingress', name: 'x', popId, addresses: ['10.0.0.1/99', 12, null] });
    expect(badIc.status).toBe(422);
  });

  it('refuse a broken rule with 409 rule_violation naming the rule and the conflicting record', async () => {
    const a = await call(staff, 'POST', '/api/v1/carriers', { tenantId: rootId, name: `Route A ${randomUUID().slice(0, 6)}`, code: `RA${randomUUID().slice(0, 6).toUpperCase()}`, type: 'customer', primaryCurrency: 'USD' });
    const b = await call(staff, 'POST', '/api/v1/carriers', { tenantId: rootId, name: `Route B ${randomUUID().slice(0, 6)}`, code: `RB${randomUUID().slice(0, 6).toUpperCase()}`, type: 'supplier', primaryCurrency: 'USD' });
    expect(a.status).toBe(201);
    const ic = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: a.json!.id, direction: 'ingress', name: 'A in', popId, addresses: ['100.100.1.0/24'] });
    expect(ic.status).toBe(201);
    const wrongDirection = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: b.json!.id, direction: 'ingress', name: 'B in', popId });
    expect(wrongDirection.status).toBe(409);
    expect(wrongDirection.json).toMatchObject({ error: { code: 'rule_violation', details: { rule: 'carrier_interconnects_direction_fits_type' } } });
    const egress = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: b.json!.id, direction: 'egress', name: 'B out', popId });
    const onEgress = await call(staff, 'POST', '/api/v1/carrier-services', { carrierId: b.json!.id, interconnectId: egress.json!.id, name: 'S', routingMethod: 'routing_plan', routingPlanId: randomUUID() });
    expect(onEgress.status).toBe(409);
    expect(onEgress.json).toMatchObject({ error: { code: 'rule_violation', details: { rule: 'carrier_services_ingress_interconnect' } } });
    expect(String((onEgress.json!.error as { message: string }).message)).toContain(egress.json!.id as string);
  });

  it('let a carrier user read its own carrier only, and write nothing', async () => {
    const mine = await call(staff, 'POST', '/api/v1/carriers', { tenantId: rootId, name: `Mine ${randomUUID().slice(0, 6)}`, code: `M${randomUUID().slice(0, 6).toUpperCase()}`, type: 'customer', primaryCurrency: 'USD' });
    const other = await call(staff, 'POST', '/api/v1/carriers', { tenantId: rootId, name: `Other ${randomUUID().slice(0, 6)}`, code: `O${randomUUID().slice(0, 6).toUpperCase()}`, type: 'customer', primaryCurrency: 'USD' });
    const otherIc = await call(staff, 'POST', '/api/v1/interconnects', { carrierId: other.json!.id, direction: 'ingress', name: 'Other in', popId });
    const userId = (globalThis as { __carrierUserId?: string }).__carrierUserId!;
    expect((await call(staff, 'PUT', `/api/v1/carriers/${mine.json!.id}/users`, { userIds: [userId] })).status).toBe(200);

    const list = await call(carrierUser, 'GET', '/api/v1/carriers');
    expect(list.status).toBe(200);
    expect((list.json!.items as Array<{ id: string }>).map((c) => c.id)).toEqual([mine.json!.id]);
    expect((await call(carrierUser, 'GET', `/api/v1/carriers/${other.json!.id}`)).status).toBe(404);
    expect((await call(carrierUser, 'GET', `/api/v1/interconnects/${otherIc.json!.id}`)).status).toBe(404);
    const filtered = await call(carrierUser, 'GET', `/api/v1/interconnects?carrier=${other.json!.id}`);
    expect(filtered.json!.items).toEqual([]);
    expect((await call(carrierUser, 'GET', `/api/v1/carriers/${mine.json!.id}`)).status).toBe(200);
    // Writes are admin-host routes and platform-staff permissions.
    expect([403, 404]).toContain((await call(carrierUser, 'PATCH', `/api/v1/carriers/${mine.json!.id}`, { name: 'Hijack' })).status);
    expect([403, 404]).toContain((await call(carrierUser, 'POST', '/api/v1/interconnects', { carrierId: mine.json!.id, direction: 'ingress', name: 'x', popId })).status);
  });
});
