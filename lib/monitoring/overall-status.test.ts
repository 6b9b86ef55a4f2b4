import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb } from '@/db/client';
import { alerts } from '@/db/schema';
import { testCtx } from '@/tests/factories';
import { overallStatus, worstLevel, type OverallStatusInput } from './overall-status';
import { getPlatformStatus } from './services/get-platform-status';
import { getSystemStatus, readOverallStatus } from './services/get-system-status';

const input = (over: Partial<OverallStatusInput> = {}): OverallStatusInput => ({
  alerts: { critical: 0, warning: 0, worst: null },
  modules: [
    { label: 'Tenants', health: 'ok' },
    { label: 'Jobs', health: 'ok' },
  ],
  collectorStale: false,
  ...over,
});

describe('worstLevel', () => {
  it('is the worst of its levels, ok for none', () => {
    expect(worstLevel([])).toBe('ok');
    expect(worstLevel(['ok', 'warning', 'ok'])).toBe('warning');
    expect(worstLevel(['warning', 'critical', 'ok'])).toBe('critical');
  });
});

describe('overallStatus', () => {
  it('is ok only when no alert is active and every module is healthy', () => {
    expect(overallStatus(input())).toEqual({ level: 'ok', cause: null, issues: 0, stale: false });
    expect(overallStatus(input({ collectorStale: true }))).toMatchObject({ level: 'ok', stale: true });
  });

  it('an open warning alert makes it a warning, named by the alert', () => {
    const status = overallStatus(input({ alerts: { critical: 0, warning: 1, worst: { title: 'API list p95', severity: 'warning' } } }));
    expect(status).toEqual({ level: 'warning', cause: { kind: 'alert', level: 'warning', title: 'API list p95' }, issues: 1, stale: false });
  });

  it('a critical module outranks a warning alert; an alert names a tie', () => {
    const modules = [
      { label: 'Tenants', health: 'critical' as const },
      { label: 'Jobs', health: 'warning' as const },
    ];
    const warningAlert = { critical: 0, warning: 2, worst: { title: 'Redis p95', severity: 'warning' as const } };
    expect(overallStatus(input({ alerts: warningAlert, modules }))).toEqual({ level: 'critical', cause: { kind: 'module', level: 'critical', title: 'Tenants' }, issues: 4, stale: false });
    const criticalAlert = { critical: 1, warning: 0, worst: { title: 'DB p95', severity: 'critical' as const } };
    expect(overallStatus(input({ alerts: criticalAlert, modules })).cause).toEqual({ kind: 'alert', level: 'critical', title: 'DB p95' });
    expect(overallStatus(input({ modules: [{ label: 'Jobs', health: 'warning' }] }))).toMatchObject({ level: 'warning', cause: { kind: 'module', title: 'Jobs' }, issues: 1 });
  });
});

describe('the overall status from the database', () => {
  afterAll(() => closeDb());

  it('System Status and the public level agree with an open critical alert', async () => {
    const key = `overall-${randomUUID()}`;
    const title = `Overall test ${key}`;
    const lastSeenAt = new Date('2100-01-01T00:00:00Z'); // the latest active alert, whatever other files raise
    const db = infraDb();
    const [row] = await db
      .insert(alerts)
      .values({ key, severity: 'critical', title, message: 'synthetic', metric: 'test.metric', unit: 'ms', value: 99, threshold: 50, windowMinutes: 5, firstSeenAt: lastSeenAt, lastSeenAt, emailedSeverity: 'critical' })
      .returning();
    try {
      const overall = await readOverallStatus();
      expect(overall).toMatchObject({ level: 'critical', cause: { kind: 'alert', level: 'critical', title } });
      expect(overall.issues).toBeGreaterThanOrEqual(1);
      const page = await getSystemStatus({ ctx: await testCtx('support') });
      expect(page.overall).toMatchObject({ level: 'critical', cause: { kind: 'alert', title } });
      expect(page.overall.issues).toBe(page.alerts.active + page.modules.filter((m) => m.health !== 'ok').length);
      // A fresh instant: the cache of an earlier call in this process does not apply.
      expect(await getPlatformStatus(Date.now() + 3_600_000)).toEqual({ level: 'critical' });
    } finally {
      await db.update(alerts).set({ status: 'resolved', resolvedAt: new Date() }).where(eq(alerts.id, row!.id));
    }
  });
});
