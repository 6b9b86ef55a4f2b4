import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { closeDb, infraDb } from '@/db/client';
import { startFakesForTests } from '@/tests/support/integrations';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { pruneMonitoringData } from '@/lib/monitoring/prune';
import { jobRow, waitFor } from './test-support';
import { startWorker, type WorkerHandle } from './worker';

let fakes: Awaited<ReturnType<typeof startFakesForTests>>;
let worker: WorkerHandle | undefined;
const tag = `monitoring:${randomUUID()}`;

beforeAll(async () => {
  fakes = await startFakesForTests();
});

afterAll(async () => {
  await worker?.stop();
  await flushIntegrationCalls();
  await fakes?.stop();
  await closeDb();
});

async function count(query: Promise<Array<{ n: number }>>): Promise<number> {
  return (await query)[0]!.n;
}

describe('monitoring jobs through the real worker', () => {
  it('runs monitoring.collect for a minute through the worker, idempotently', async () => {
    worker = await startWorker({ tag, concurrency: 1, pollMs: 50, scheduler: false });
    const at = new Date(Date.UTC(2033, 0, 1, 0, Math.floor(Math.random() * 100_000))).toISOString();
    const collect = await enqueueJob('monitoring.collect', { at }, { tags: [tag] });
    const done = await waitFor('the collection to complete', async () => ((await jobRow(collect.id)).status === 'completed' ? true : undefined));
    expect(done).toBe(true);
    const rows = () => count(infraDb().execute<{ n: number }>(sql`select count(*)::int as n from metric_snapshots where minute = ${at}::timestamptz`));
    const first = await rows();
    expect(first).toBeGreaterThan(5);

    const again = await enqueueJob('monitoring.collect', { at }, { tags: [tag] });
    await waitFor('the second collection', async () => ((await jobRow(again.id)).status === 'completed' ? true : undefined));
    expect(await rows()).toBe(first);

    // monitoring.evaluate is not run here: it emails every pending alert in the shared test database,
    // which would race with evaluator.test.ts (it drives the evaluator directly).
  });

  it('prunes System Status data past its retention, keeping recent rows', async () => {
    const old = '2020-01-01T00:00:00.000Z';
    const recent = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    const metric = `test.prune_${randomUUID().slice(0, 8).replace(/-/g, '')}`;
    await infraDb().execute(sql`insert into metric_snapshots (metric, series, minute, value) values (${metric}, '', ${old}::timestamptz, 1), (${metric}, '', ${recent}::timestamptz, 2)`);
    await infraDb().execute(sql`insert into api_latency_minute (minute, endpoint, kind, requests, total_ms, max_ms, buckets) values (${old}::timestamptz, ${metric}, 'list', 1, 1, 1, '{1}')`);
    const [alert] = await infraDb().execute<{ id: string }>(sql`
      insert into alerts (key, severity, status, title, message, metric, unit, value, threshold, window_minutes, first_seen_at, last_seen_at, resolved_at)
      values (${metric}, 'warning', 'resolved', 't', 'm', ${metric}, 'ms', 1, 1, 5, ${old}::timestamptz, ${old}::timestamptz, ${old}::timestamptz) returning id`);

    const result = await pruneMonitoringData({ metricsDays: 14, historyDays: 90 });
    expect(result.snapshots).toBeGreaterThanOrEqual(1);
    expect(result.apiMinutes).toBeGreaterThanOrEqual(1);
    expect(result.alerts).toBeGreaterThanOrEqual(1);
    expect(await infraDb().execute(sql`select value from metric_snapshots where metric = ${metric}`)).toEqual([{ value: 2 }]);
    expect(await infraDb().execute(sql`select 1 from api_latency_minute where endpoint = ${metric}`)).toHaveLength(0);
    expect(await infraDb().execute(sql`select 1 from alerts where id = ${alert!.id}`)).toHaveLength(0);
  });
});
