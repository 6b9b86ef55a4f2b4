import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb, withPlatform } from '@/db/client';
import { alerts, notifications } from '@/db/schema';
import { startFakeBrevo, type FakeBrevo, type FakeBrevoMessage } from '@/fakes/brevo/server';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { evaluateAlerts } from './evaluator';
import { MINUTE_MS, writeSnapshots } from './snapshots';

/*
 * The evaluator against synthetic snapshots at instants in 2031, where no other test writes, and a
 * fake Brevo this file owns (so that it can be stopped to make a send fail).
 */
const API_KEY = 'xkeysib-evaluator-test-key';
const OPS = `ops-${process.pid}@ops.example.com`;
let brevo: FakeBrevo;
let brevoPort: number;

const db = () => infraDb();
const T0 = new Date('2031-01-01T00:10:00Z');
const at = (base: Date, minutes: number, seconds = 10) => new Date(base.getTime() + minutes * MINUTE_MS + seconds * 1000);

async function writeValues(metric: string, from: Date, minutes: number[], value: number) {
  for (const m of minutes) await writeSnapshots(new Date(from.getTime() + m * MINUTE_MS), [{ metric, value }]);
}

async function inbox(): Promise<FakeBrevoMessage[]> {
  const res = await fetch(`${brevo.origin}/__fake/messages?to=${encodeURIComponent(OPS)}`);
  return ((await res.json()) as { messages: FakeBrevoMessage[] }).messages;
}

async function activeAlert(key: string) {
  const rows = await db().select().from(alerts).where(and(eq(alerts.key, key), ne(alerts.status, 'resolved')));
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0];
}

async function notificationsOf(alertId: string) {
  const rows = await withPlatform((tx) => tx.select().from(notifications));
  return rows.filter((n) => n.sourceKey?.startsWith(`alert:${alertId}:`));
}

beforeAll(async () => {
  brevo = await startFakeBrevo({ port: 0, apiKeys: [API_KEY] });
  brevoPort = brevo.port;
  Object.assign(process.env, { BREVO_API_URL: brevo.apiUrl, BREVO_API_KEY: API_KEY, OPS_ALERT_EMAIL: OPS });
});

afterAll(async () => {
  await flushIntegrationCalls();
  await brevo?.close();
  await closeDb();
});

describe('alert evaluator', () => {
  it('raises one warning when a budget is breached over its window, notifies staff and emails ops once', async () => {
    await writeValues('redis.latency_ms', T0, [-4, -3, -2, -1, 0], 45);
    const first = await evaluateAlerts({ at: at(T0, 0) });
    expect(first.raised).toContain('redis.p95');
    expect(first.emailed).toContain('redis.p95');

    const alert = await activeAlert('redis.p95');
    expect(alert).toMatchObject({ severity: 'warning', status: 'open', value: 45, threshold: 30, unit: 'ms', windowMinutes: 5, emailedSeverity: 'warning' });
    expect(alert!.firstSeenAt.toISOString()).toBe(T0.toISOString());
    expect(alert!.message).toBe('Redis p95 is 45 ms, above the warning threshold of 30 ms (5-minute window).');

    const [note, ...moreNotes] = await notificationsOf(alert!.id);
    expect(moreNotes).toHaveLength(0);
    expect(note).toMatchObject({ severity: 'warning', title: 'Warning: Redis p95', href: '/system/alerts', userId: null });
    expect(note!.audienceRoles).toEqual(expect.arrayContaining(['super_admin', 'support', 'noc']));
    expect(note!.audienceRoles).not.toContain('billing');

    const mails = (await inbox()).filter((m) => m.subject.includes('Redis p95'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('[DIDTron Warning] Redis p95');
    expect(mails[0]!.textContent).toContain('above the warning threshold of 30 ms');
    // The root brand's tag: its sandbox mail viewer (pbx.<root>/dev/mail) shows platform mail.
    expect(mails[0]!.tags).toEqual(['platform-alert', 'warning', 'tenant:didtron']);
  });

  it('dedupes: a breach that lasts updates its alert; no new alert, notification or email', async () => {
    const before = await activeAlert('redis.p95');
    await writeValues('redis.latency_ms', T0, [1], 70);
    const second = await evaluateAlerts({ at: at(T0, 1) });
    expect(second.raised).not.toContain('redis.p95');
    expect(second.emailed).not.toContain('redis.p95');
    const after = await activeAlert('redis.p95');
    expect(after!.id).toBe(before!.id);
    expect(after!.lastSeenAt.toISOString()).toBe(new Date(T0.getTime() + MINUTE_MS).toISOString());
    expect(after!.value).toBeGreaterThan(45);
    expect(await notificationsOf(after!.id)).toHaveLength(1);
    expect((await inbox()).filter((m) => m.subject.includes('Redis p95'))).toHaveLength(1);
  });

  it('escalates a warning to critical with a second notification and a second email', async () => {
    await writeValues('db.latency_ms', T0, [-4, -3, -2, -1, 0], 80);
    await evaluateAlerts({ at: at(T0, 0, 20) });
    const warning = await activeAlert('db.query.p95');
    expect(warning).toMatchObject({ severity: 'warning', threshold: 60 });

    await writeValues('db.latency_ms', T0, [-3, -2, -1, 0, 1], 500);
    const result = await evaluateAlerts({ at: at(T0, 1, 20) });
    expect(result.escalated).toContain('db.query.p95');
    const critical = await activeAlert('db.query.p95');
    expect(critical).toMatchObject({ id: warning!.id, severity: 'critical', threshold: 120, emailedSeverity: 'critical' });
    expect((await notificationsOf(critical!.id)).map((n) => n.severity).sort()).toEqual(['critical', 'warning']);
    expect((await inbox()).filter((m) => m.subject.includes('Database p95')).map((m) => m.subject)).toEqual([
      '[DIDTron CRITICAL] Database p95',
      '[DIDTron Warning] Database p95',
    ]);
  });

  it('leaves alerts alone when nothing was collected (silence is not health)', async () => {
    const result = await evaluateAlerts({ at: at(T0, 30) });
    expect(result.noData).toEqual(expect.arrayContaining(['redis.p95', 'db.query.p95']));
    expect(result.resolved).toEqual([]);
    expect(await activeAlert('redis.p95')).toBeDefined();
  });

  it('resolves the alert once the window is back within budget', async () => {
    const T1 = new Date(T0.getTime() + 40 * MINUTE_MS);
    await writeValues('redis.latency_ms', T1, [-4, -3, -2, -1, 0], 4);
    const result = await evaluateAlerts({ at: at(T1, 0) });
    expect(result.resolved).toContain('redis.p95');
    expect(await activeAlert('redis.p95')).toBeUndefined();
    const [resolved] = await db().select().from(alerts).where(eq(alerts.key, 'redis.p95'));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: null, value: 4 });
    expect((await inbox()).filter((m) => m.subject.includes('Redis p95'))).toHaveLength(1);
  });

  it('judges "above 500 for 15 minutes" on every minute: one minute under the threshold is not a breach', async () => {
    const T2 = new Date(T0.getTime() + 120 * MINUTE_MS);
    const minutes = Array.from({ length: 15 }, (_, i) => i - 14);
    await writeValues('jobs.backlog', T2, minutes, 800);
    await writeValues('jobs.backlog', T2, [-7], 300);
    const dip = await evaluateAlerts({ at: at(T2, 0) });
    expect(dip.raised).not.toContain('jobs.backlog');
    expect(await activeAlert('jobs.backlog')).toBeUndefined();

    await writeValues('jobs.backlog', T2, [-7], 900);
    const sustained = await evaluateAlerts({ at: at(T2, 0, 30) });
    expect(sustained.raised).toContain('jobs.backlog');
    expect(await activeAlert('jobs.backlog')).toMatchObject({ severity: 'warning', value: 800, threshold: 500, windowMinutes: 15 });
  });

  it('retries a failed email at the next evaluation, still exactly once', async () => {
    const T3 = new Date(T0.getTime() + 200 * MINUTE_MS);
    await brevo.close();
    await writeValues('r2.latency_ms', T3, [-2, -1, 0], 900);
    const failed = await evaluateAlerts({ at: at(T3, 0) });
    expect(failed.raised).toContain('r2.p95');
    expect(failed.emailFailures).toContain('r2.p95');
    expect(await activeAlert('r2.p95')).toMatchObject({ emailedSeverity: null });

    brevo = await startFakeBrevo({ port: brevoPort, apiKeys: [API_KEY] });
    const retried = await evaluateAlerts({ at: at(T3, 1) });
    expect(retried.emailed).toContain('r2.p95');
    const again = await evaluateAlerts({ at: at(T3, 1, 40) });
    expect(again.emailed).not.toContain('r2.p95');
    expect((await inbox()).filter((m) => m.subject.includes('R2 p95'))).toHaveLength(1);
    expect(await activeAlert('r2.p95')).toMatchObject({ emailedSeverity: 'warning' });
  });
});
