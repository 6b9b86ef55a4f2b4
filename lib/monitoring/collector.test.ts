import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb } from '@/db/client';
import { startFakesForTests } from '@/tests/support/integrations';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { recordApiSample } from './api-samples';
import { collectMetrics } from './collector';

let fakes: Awaited<ReturnType<typeof startFakesForTests>>;

type Snap = { metric: string; series: string; value: number };
async function snapshotsAt(minute: Date): Promise<Snap[]> {
  return infraDb().execute<Snap>(sql`select metric, series, value from metric_snapshots where minute = ${minute.toISOString()}::timestamptz order by metric, series`);
}
const find = (rows: Snap[], metric: string, series = '') => rows.find((r) => r.metric === metric && r.series === series);

beforeAll(async () => {
  fakes = await startFakesForTests();
});

afterAll(async () => {
  await flushIntegrationCalls();
  await fakes?.stop();
  await closeDb();
});

describe('metrics collector', () => {
  it('writes one snapshot per metric and series for the minute, and a second run replaces instead of adding', async () => {
    // A minute of its own: the collector reads API samples of the two minutes before it.
    const minute = new Date(Date.UTC(2032, 0, 1, 0, Math.floor(Math.random() * 1000)));
    const before = new Date(minute.getTime() - 60_000);
    for (const ms of [12, 14, 16, 18, 500]) recordApiSample({ endpoint: 'admin.collector-test.list', method: 'GET', status: 200, durationMs: ms, at: new Date(before.getTime() + 5_000) });
    recordApiSample({ endpoint: 'admin.collector-test.get', method: 'GET', status: 503, durationMs: 40, at: new Date(before.getTime() + 6_000) });

    const first = await collectMetrics({ at: new Date(minute.getTime() + 2_000) });
    expect(first.failed).toEqual([]);
    expect(first.minute).toBe(minute.toISOString());
    const probes = await snapshotsAt(minute);
    for (const metric of ['db.latency_ms', 'db.max_connections', 'redis.latency_ms', 'r2.latency_ms', 'jobs.backlog', 'jobs.stuck_max_age_minutes', 'monitoring.probe_failures']) {
      expect(find(probes, metric), metric).toBeDefined();
    }
    expect(find(probes, 'r2.probe_ok')?.value).toBe(1);
    expect(find(probes, 'db.connections', 'state=total')!.value).toBeGreaterThanOrEqual(1);
    expect(find(probes, 'integration.status', 'integration=r2')?.value).toBe(1);
    expect(find(probes, 'monitoring.probe_failures')?.value).toBe(0);

    const api = await snapshotsAt(before);
    expect(find(api, 'api.requests', 'kind=list')?.value).toBe(5);
    expect(find(api, 'api.p95_ms', 'kind=list')!.value).toBeGreaterThan(100);
    expect(find(api, 'api.p50_ms', 'kind=list')!.value).toBeLessThanOrEqual(20);
    expect(find(api, 'api.server_errors', 'kind=detail')?.value).toBe(1);

    const second = await collectMetrics({ at: new Date(minute.getTime() + 40_000) });
    expect(second.minute).toBe(first.minute);
    const again = await snapshotsAt(minute);
    expect(again.map((r) => `${r.metric}|${r.series}`)).toEqual(probes.map((r) => `${r.metric}|${r.series}`));
    expect(await snapshotsAt(before)).toHaveLength(api.length);
  });

  it('counts runnable jobs waiting for a worker in the backlog', async () => {
    const minute = new Date(Date.UTC(2032, 5, 1, 0, Math.floor(Math.random() * 1000)));
    const tag = `collector-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) await enqueueJob('demo.long', { batches: 1, delayMs: 0 }, { tags: [tag], runAt: new Date(Date.now() - 1000) });
    await collectMetrics({ at: minute });
    // Other test files share the queue: at least our three are counted.
    expect(find(await snapshotsAt(minute), 'jobs.backlog')!.value).toBeGreaterThanOrEqual(3);
  });
});
