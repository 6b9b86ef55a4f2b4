import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb, withPlatform } from '@/db/client';
import { alerts, auditEvents, notificationReads, notifications, type SloBudget } from '@/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { startFakesForTests } from '@/tests/support/integrations';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { testCtx } from '@/tests/factories';
import type { ApiLatencyRow } from './api-latency';
import { bucketIndex, emptyBuckets } from './histogram';
import { moduleRegistry } from './module-registry';
import { createNotification } from './notify';
import { acknowledgeAlert } from './services/acknowledge-alert';
import { getMetricSeries } from './services/get-metric-series';
import { getSystemStatus, moduleHealth } from './services/get-system-status';
import { listAlerts } from './services/list-alerts';
import { listNotifications } from './services/list-notifications';
import { markNotificationsRead } from './services/mark-notifications-read';
import { resolveAlert } from './services/resolve-alert';
import { floorMinute, MINUTE_MS, writeSnapshots } from './snapshots';

let fakes: Awaited<ReturnType<typeof startFakesForTests>>;
const db = () => infraDb();

beforeAll(async () => {
  fakes = await startFakesForTests();
});

afterAll(async () => {
  await flushIntegrationCalls();
  await fakes?.stop();
  await closeDb();
});

/** An alert of a key no budget has (the evaluator never touches it), already emailed. */
async function insertAlert(key: string, lastSeenAt: Date, overrides: Partial<typeof alerts.$inferInsert> = {}) {
  const [row] = await db()
    .insert(alerts)
    .values({
      key,
      severity: 'warning',
      title: `Test ${key}`,
      message: 'synthetic',
      metric: 'test.metric',
      unit: 'ms',
      value: 99,
      threshold: 50,
      windowMinutes: 5,
      firstSeenAt: lastSeenAt,
      lastSeenAt,
      emailedSeverity: 'warning',
      ...overrides,
    })
    .returning();
  return row!;
}

async function auditOf(alertId: string) {
  return withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entity, 'alert'), eq(auditEvents.entityId, alertId))));
}

describe('getSystemStatus', () => {
  it('shows every seeded budget as a tile and every registered module with a health', async () => {
    const status = await getSystemStatus({ ctx: await testCtx('support') });
    expect(status.tiles.map((t) => t.key)).toEqual(['api.list.p95', 'api.detail.p95', 'db.query.p95', 'redis.p95', 'r2.p95', 'jobs.stuck', 'jobs.backlog']);
    expect(status.tiles[0]).toMatchObject({ label: 'API list p95', unit: 'ms', warnThreshold: 120, criticalThreshold: 240, windowMinutes: 5 });
    expect(status.tiles.find((t) => t.key === 'jobs.backlog')).toMatchObject({ warnThreshold: 500, criticalThreshold: null, sustainedMinutes: 15 });
    for (const t of status.tiles) expect(['ok', 'warning', 'critical', 'no_data']).toContain(t.status);
    expect(status.modules.map((m) => m.key)).toEqual(moduleRegistry.map((m) => m.key));
    for (const m of status.modules) expect(['ok', 'warning', 'critical']).toContain(m.health);
    expect(status.database.slowQueries.available === false ? status.database.slowQueries.reason : 'available').toBeTruthy();
    expect(status.database.connections?.total).toBeGreaterThanOrEqual(1);
  });

  it('judges a tile from the latest snapshots exactly as the evaluator does', async () => {
    const now = floorMinute(new Date());
    for (const m of [0, 1, 2]) await writeSnapshots(new Date(now.getTime() - m * MINUTE_MS), [{ metric: 'redis.latency_ms', value: 1 }]);
    const tile = (await getSystemStatus({ ctx: await testCtx('noc') })).tiles.find((t) => t.key === 'redis.p95')!;
    expect(tile.status).toBe('ok');
    expect(tile.latest).toBe(1);
    expect(tile.value5m).toBe(1);
  });

  it('refuses roles without system.read', async () => {
    await expect(getSystemStatus({ ctx: await testCtx('billing') })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSystemStatus({ ctx: await testCtx('tenant_admin') })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('moduleHealth', () => {
  const budgets = [
    { key: 'api.list.p95', warnThreshold: 120, criticalThreshold: 240 },
    { key: 'api.detail.p95', warnThreshold: 180, criticalThreshold: 360 },
    { key: 'jobs.stuck', warnThreshold: 3, criticalThreshold: 10 },
  ] as SloBudget[];
  const tenants = moduleRegistry.find((m) => m.key === 'tenants')!;
  const jobs = moduleRegistry.find((m) => m.key === 'jobs')!;
  const system = moduleRegistry.find((m) => m.key === 'system')!;
  const row = (endpoint: string, kind: ApiLatencyRow['kind'], durations: number[], serverErrors = 0): ApiLatencyRow => {
    const buckets = emptyBuckets();
    for (const d of durations) buckets[bucketIndex(d)]! += 1;
    return { minute: new Date(), endpoint, kind, requests: durations.length, clientErrors: 0, serverErrors, maxMs: Math.max(...durations), buckets };
  };
  const empty = { apiRows: [], jobs: [], integrations: [], budgets };

  it('is ok without problems, and attributes endpoints by their route key', () => {
    const fast = moduleHealth(tenants, { ...empty, apiRows: [row('admin.tenants.list', 'list', Array(20).fill(30)), row('admin.jobs.list', 'list', Array(20).fill(900))] });
    expect(fast).toMatchObject({ health: 'ok', reasons: [], requests: 20 });
  });

  it('is a warning above the list budget and critical above twice the detail budget', () => {
    expect(moduleHealth(tenants, { ...empty, apiRows: [row('admin.tenants.list', 'list', Array(20).fill(150))] })).toMatchObject({ health: 'warning' });
    const slow = moduleHealth(tenants, { ...empty, apiRows: [row('admin.tenants.get', 'detail', Array(20).fill(700))] });
    expect(slow.health).toBe('critical');
    expect(slow.reasons[0]).toMatch(/^Detail endpoints p95/);
  });

  it('counts 5xx answers, failed and stuck jobs, and failing integrations', () => {
    expect(moduleHealth(tenants, { ...empty, apiRows: [row('admin.tenants.list', 'list', Array(10).fill(20), 3)] })).toMatchObject({ health: 'critical', serverErrors: 3 });
    const j = moduleHealth(jobs, { ...empty, jobs: [{ type: 'demo.poison', failedAttempts: 3, failedFinal: 1, running: 0, oldestHeartbeatMinutes: 0 }] });
    expect(j).toMatchObject({ health: 'warning', reasons: ['1 demo.poison job failed for good'] });
    const stuck = moduleHealth(jobs, { ...empty, jobs: [{ type: 'demo.long', failedAttempts: 0, failedFinal: 0, running: 1, oldestHeartbeatMinutes: 12 }] });
    expect(stuck.health).toBe('critical');
    const failing = moduleHealth(system, {
      ...empty,
      integrations: [
        { key: 'r2', label: 'Cloudflare R2', description: '', configured: true, usesFake: true, lastSuccessAt: null, lastFailureAt: new Date(), lastError: 'timeout', calls: 1, failures: 1, p50Ms: 1, p95Ms: 1, status: 'failing' },
      ],
    });
    expect(failing).toMatchObject({ health: 'critical', reasons: ['Cloudflare R2 is failing: timeout'] });
  });
});

describe('getMetricSeries', () => {
  it('returns dense, aligned minute values of each requested line', async () => {
    const metric = `test.series_${randomUUID().slice(0, 8).replace(/-/g, '')}`;
    const last = floorMinute(new Date());
    await writeSnapshots(last, [{ metric, value: 7 }, { metric, labels: { kind: 'list' }, value: 9 }]);
    await writeSnapshots(new Date(last.getTime() - 10 * MINUTE_MS), [{ metric, value: 3 }]);
    const s = await getMetricSeries({ ctx: await testCtx('support'), input: { range: '1h', lines: [metric, `${metric}|kind=list`] } });
    expect(s.minutes).toHaveLength(60);
    expect(s.minutes.at(-1)).toBe(last.toISOString());
    const [plain, list] = s.series;
    expect(plain!.values).toHaveLength(60);
    expect(plain!.values.at(-1)).toBe(7);
    expect(plain!.values.at(-11)).toBe(3);
    expect(plain!.values.filter((v) => v !== null)).toHaveLength(2);
    expect(list).toMatchObject({ metric, series: 'kind=list' });
    expect(list!.values.at(-1)).toBe(9);
  });

  it('validates the range and the lines, and refuses roles without system.read', async () => {
    const ctx = await testCtx();
    await expect(getMetricSeries({ ctx, input: { range: '2h', lines: ['db.latency_ms'] } })).rejects.toBeInstanceOf(ValidationError);
    await expect(getMetricSeries({ ctx, input: { lines: [] } })).rejects.toBeInstanceOf(ValidationError);
    await expect(getMetricSeries({ ctx, input: { lines: ["db.latency_ms'; drop table x"] } })).rejects.toBeInstanceOf(ValidationError);
    await expect(getMetricSeries({ ctx, input: { lines: Array.from({ length: 13 }, (_, i) => `m${i}`) } })).rejects.toBeInstanceOf(ValidationError);
    await expect(getMetricSeries({ ctx: await testCtx('billing'), input: { lines: ['db.latency_ms'] } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('alerts: list, acknowledge, resolve', () => {
  it('lists with filters and keyset pages, newest activity first', async () => {
    const prefix = `test.list-${randomUUID().slice(0, 8)}`;
    const base = Date.now() - 3_600_000;
    const a = await insertAlert(`${prefix}.a`, new Date(base));
    const b = await insertAlert(`${prefix}.b`, new Date(base + 1000), { severity: 'critical' });
    const c = await insertAlert(`${prefix}.c`, new Date(base + 2000), { status: 'resolved', resolvedAt: new Date() });
    const ctx = await testCtx('support');
    const q = (params: Record<string, string>) => listAlerts({ ctx, input: new URLSearchParams({ q: prefix, ...params }) });

    const first = await q({ limit: '2' });
    expect(first.items.map((x) => x.id)).toEqual([c.id, b.id]);
    const second = await q({ limit: '2', cursor: first.pageInfo.nextCursor! });
    expect(second.items.map((x) => x.id)).toEqual([a.id]);
    expect((await q({ status: 'active' })).items.map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await q({ status: 'resolved' })).items.map((x) => x.id)).toEqual([c.id]);
    expect((await q({ severity: 'critical' })).items.map((x) => x.id)).toEqual([b.id]);
    expect((await q({ key: `${prefix}.a` })).items[0]).toMatchObject({ id: a.id, status: 'open', value: 99, threshold: 50 });
    await expect(q({ status: 'exploded' })).rejects.toMatchObject({ problems: [{ path: 'status' }] });
    await expect(listAlerts({ ctx: await testCtx('billing'), input: new URLSearchParams() })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('acknowledges (once, audited) and resolves (audited); a resolved alert cannot change again', async () => {
    const alert = await insertAlert(`test.ack-${randomUUID().slice(0, 8)}`, new Date());
    const noc = await testCtx('noc');
    const acked = await acknowledgeAlert({ ctx: noc, input: { id: alert.id } });
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedBy: noc.actor.userId });
    expect(acked.acknowledgedAt).not.toBeNull();
    await acknowledgeAlert({ ctx: noc, input: { id: alert.id } });
    const afterAck = await auditOf(alert.id);
    expect(afterAck).toHaveLength(1);
    expect(afterAck[0]).toMatchObject({ action: 'acknowledge', actorId: noc.actor.userId, actorRole: 'noc', before: { status: 'open' }, after: { status: 'acknowledged' } });

    const admin = await testCtx('super_admin');
    const resolved = await resolveAlert({ ctx: admin, input: { id: alert.id } });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: admin.actor.userId });
    expect((await auditOf(alert.id)).map((e) => e.action).sort()).toEqual(['acknowledge', 'resolve']);
    await expect(resolveAlert({ ctx: admin, input: { id: alert.id } })).rejects.toBeInstanceOf(ConflictError);
    await expect(acknowledgeAlert({ ctx: admin, input: { id: alert.id } })).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses roles without system.write before touching anything, and checks the id', async () => {
    const alert = await insertAlert(`test.refuse-${randomUUID().slice(0, 8)}`, new Date());
    await expect(acknowledgeAlert({ ctx: await testCtx('support'), input: { id: alert.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveAlert({ ctx: await testCtx('billing'), input: { id: alert.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditOf(alert.id)).toHaveLength(0);
    const [unchanged] = await db().select().from(alerts).where(eq(alerts.id, alert.id));
    expect(unchanged!.status).toBe('open');
    await expect(resolveAlert({ ctx: await testCtx(), input: { id: randomUUID() } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveAlert({ ctx: await testCtx(), input: { id: 'nope' } })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('notifications', () => {
  async function notify(tenantSlug: string, audience: { roles?: Array<'super_admin' | 'noc' | 'support' | 'tenant_admin'>; userId?: string }) {
    const tenant = await lookupSlug(tenantSlug);
    const sourceKey = `test:${randomUUID()}`;
    await withPlatform((tx) =>
      createNotification(tx, { tenantId: tenant!.tenantId, audienceRoles: audience.roles ?? null, userId: audience.userId ?? null, severity: 'warning', title: sourceKey, body: 'body', href: '/system/alerts', sourceKey }),
    );
    return sourceKey;
  }

  it('shows a user the notifications of their role or addressed to them, with per-user read state', async () => {
    const admin = await testCtx('super_admin');
    const other = await testCtx('super_admin');
    const forRoles = await notify('didtron', { roles: ['super_admin', 'noc'] });
    const forAdmin = await notify('didtron', { userId: admin.actor.userId });

    const list = await listNotifications({ ctx: admin, input: { limit: '50' } });
    const titles = list.items.map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining([forRoles, forAdmin]));
    expect(list.items.find((n) => n.title === forRoles)).toMatchObject({ read: false, severity: 'warning', href: '/system/alerts' });
    expect((await listNotifications({ ctx: other, input: { limit: '50' } })).items.map((n) => n.title)).not.toContain(forAdmin);
    expect((await listNotifications({ ctx: await testCtx('support'), input: { limit: '50' } })).items.map((n) => n.title)).not.toContain(forRoles);

    const id = list.items.find((n) => n.title === forRoles)!.id;
    expect(await markNotificationsRead({ ctx: admin, input: { ids: [id] } })).toEqual({ marked: 1 });
    expect(await markNotificationsRead({ ctx: admin, input: { ids: [id] } })).toEqual({ marked: 0 });
    const after = await listNotifications({ ctx: admin, input: { limit: '50' } });
    expect(after.items.find((n) => n.id === id)!.read).toBe(true);
    // Other test files raise alerts (and notifications) concurrently, so counts are compared loosely.
    expect(after.unread).toBeLessThanOrEqual(list.unread + 5);
    // Read state is per user: the other admin still has it unread.
    expect((await listNotifications({ ctx: other, input: { limit: '50' } })).items.find((n) => n.id === id)!.read).toBe(false);
    expect((await listNotifications({ ctx: admin, input: { unreadOnly: 'true', limit: '50' } })).items.map((n) => n.id)).not.toContain(id);

    const marked = await markNotificationsRead({ ctx: other, input: { all: true } });
    expect(marked.marked).toBeGreaterThanOrEqual(1);
    const otherAfter = await listNotifications({ ctx: other, input: { limit: '50' } });
    expect(otherAfter.items.find((n) => n.id === id)!.read).toBe(true);
  });

  it("never shows another tenant's notifications, even to a matching role, nor marks them", async () => {
    const acme = await notify('acme', { roles: ['super_admin', 'tenant_admin'] });
    const admin = await testCtx('super_admin');
    expect((await listNotifications({ ctx: admin, input: { limit: '50' } })).items.map((n) => n.title)).not.toContain(acme);
    const [row] = await withPlatform((tx) => tx.select().from(notifications).where(eq(notifications.title, acme)));
    expect(await markNotificationsRead({ ctx: admin, input: { ids: [row!.id] } })).toEqual({ marked: 0 });
    const reads = await withPlatform((tx) => tx.select().from(notificationReads).where(eq(notificationReads.notificationId, row!.id)));
    expect(reads).toHaveLength(0);
  });

  it('validates input and refuses roles without system.read', async () => {
    const ctx = await testCtx();
    await expect(markNotificationsRead({ ctx, input: {} })).rejects.toBeInstanceOf(ValidationError);
    await expect(markNotificationsRead({ ctx, input: { ids: ['x'] } })).rejects.toBeInstanceOf(ValidationError);
    await expect(listNotifications({ ctx, input: { limit: '500' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(listNotifications({ ctx: await testCtx('billing') })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
