import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as testRoute } from '@/app/api/admin/integrations/[key]/test/route';
import { GET as integrationsRoute } from '@/app/api/admin/integrations/route';
import { POST as readRoute } from '@/app/api/admin/notifications/read/route';
import { GET as notificationsRoute } from '@/app/api/admin/notifications/route';
import { POST as ackRoute } from '@/app/api/admin/system/alerts/[id]/acknowledge/route';
import { POST as resolveRoute } from '@/app/api/admin/system/alerts/[id]/resolve/route';
import { GET as alertsRoute } from '@/app/api/admin/system/alerts/route';
import { GET as seriesRoute } from '@/app/api/admin/system/series/route';
import { GET as statusRoute } from '@/app/api/admin/system/status/route';
import { closeDb } from '@/db/client';
import { startFakesForTests } from '@/tests/support/integrations';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { flushApiSamples } from './api-samples';
import type { ConnectionTestView, IntegrationStatusItem, MetricSeries, NotificationList, SystemStatus } from './types';

/** The System Status and Integrations admin API as the app serves it, as the sandbox development actor (super admin). */
function request(path: string, init: { method?: string; body?: unknown; portal?: string } = {}): NextRequest {
  // A page of the admin host sends its Origin; route() refuses writes without it.
  const headers = new Headers({ 'x-portal': init.portal ?? 'admin', origin: 'http://admin.localhost:3000' });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(`http://admin.localhost:3000${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

let fakes: Awaited<ReturnType<typeof startFakesForTests>>;
beforeAll(async () => {
  fakes = await startFakesForTests();
});
afterAll(async () => {
  await flushIntegrationCalls();
  await flushApiSamples();
  await fakes?.stop();
  await closeDb();
});

describe('integrations admin API', () => {
  it('lists every integration with its health and runs a connection test (Brevo against its fake: ok)', async () => {
    const list = await integrationsRoute(request('/api/admin/integrations'), params({}));
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: IntegrationStatusItem[] };
    expect(items.map((i) => i.key)).toEqual(expect.arrayContaining(['r2', 'brevo']));
    expect(items.find((i) => i.key === 'brevo')).toMatchObject({ configured: true, usesFake: true });

    const res = await testRoute(request('/api/admin/integrations/brevo/test', { method: 'POST' }), params({ key: 'brevo' }));
    expect(res.status).toBe(200);
    const result = (await res.json()) as ConnectionTestView;
    expect(result).toMatchObject({ integration: 'brevo', ok: true, error: null, usesFake: true });

    await flushIntegrationCalls();
    const after = ((await (await integrationsRoute(request('/api/admin/integrations'), params({}))).json()) as { items: IntegrationStatusItem[] }).items;
    expect(after.find((i) => i.key === 'brevo')!.lastSuccessAt).not.toBeNull();
  });

  it('answers 422 for an unknown integration and 404 off the admin host', async () => {
    expect((await testRoute(request('/api/admin/integrations/nope/test', { method: 'POST' }), params({ key: 'nope' }))).status).toBe(422);
    expect((await integrationsRoute(request('/api/admin/integrations', { portal: 'customer' }), params({}))).status).toBe(404);
  });
});

describe('system status admin API', () => {
  it('serves the status, chart series and the alerts list', async () => {
    const status = await statusRoute(request('/api/admin/system/status'), params({}));
    expect(status.status).toBe(200);
    expect(((await status.json()) as SystemStatus).tiles.length).toBeGreaterThanOrEqual(7);

    const series = await seriesRoute(request('/api/admin/system/series?range=6h&line=db.latency_ms&line=api.p95_ms%7Ckind%3Dlist'), params({}));
    expect(series.status).toBe(200);
    const body = (await series.json()) as MetricSeries;
    expect(body.minutes).toHaveLength(360);
    expect(body.series.map((s) => s.id)).toEqual(['db.latency_ms', 'api.p95_ms|kind=list']);
    const bad = await seriesRoute(request('/api/admin/system/series?range=1h'), params({}));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', details: [{ path: 'lines' }] } });

    const alerts = await alertsRoute(request('/api/admin/system/alerts?status=active&limit=5'), params({}));
    expect(alerts.status).toBe(200);
    expect(await alerts.json()).toMatchObject({ items: expect.any(Array), pageInfo: { limit: 5 } });
    expect((await alertsRoute(request('/api/admin/system/alerts?severity=loud'), params({}))).status).toBe(422);
  });

  it('answers 404 for an unknown alert and 422 for a malformed id', async () => {
    const id = randomUUID();
    expect((await ackRoute(request(`/api/admin/system/alerts/${id}/acknowledge`, { method: 'POST' }), params({ id }))).status).toBe(404);
    expect((await resolveRoute(request('/api/admin/system/alerts/x/resolve', { method: 'POST' }), params({ id: 'x' }))).status).toBe(422);
    expect((await statusRoute(request('/api/admin/system/status', { portal: 'carrier' }), params({}))).status).toBe(404);
  });
});

describe('notifications API (the header bell)', () => {
  it('lists the current user’s notifications and marks them read', async () => {
    const res = await notificationsRoute(request('/api/admin/notifications?limit=5'), params({}));
    expect(res.status).toBe(200);
    const body = (await res.json()) as NotificationList;
    expect(body).toMatchObject({ items: expect.any(Array), unread: expect.any(Number) });
    const read = await readRoute(request('/api/admin/notifications/read', { method: 'POST', body: { all: true } }), params({}));
    expect(read.status).toBe(200);
    const after = (await (await notificationsRoute(request('/api/admin/notifications?limit=50'), params({}))).json()) as NotificationList;
    // Everything listed before "read all" is read now (other test files may add new ones meanwhile).
    for (const n of body.items) expect(after.items.find((x) => x.id === n.id)?.read ?? true).toBe(true);
    expect((await readRoute(request('/api/admin/notifications/read', { method: 'POST', body: {} }), params({}))).status).toBe(422);
    expect((await notificationsRoute(request('/api/admin/notifications?limit=0'), params({}))).status).toBe(422);
  });
});
