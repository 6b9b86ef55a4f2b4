import { endpointKinds } from '@/db/schema/monitoring';
import { config } from '@/lib/config';
import { systemCtx } from '@/lib/context';
import { getIntegrationHealth, type IntegrationHealthStatus } from '@/lib/integrations/health';
import type { IntegrationName } from '@/lib/integrations/names';
import { getIntegration } from '@/lib/integrations/registry';
import { callIntegrationSettled, flushIntegrationCalls } from '@/lib/integrations/wrapper';
import { getQueueStats } from '@/lib/jobs';
import { errorMessage, logger } from '@/lib/logger';
import { getRedis } from '@/lib/redis';
import { readApiLatency, summarizeLatency } from './api-latency';
import { flushApiSamples } from './api-samples';
import { connectionUse, probeDatabaseLatency, slowQueries } from './database-probes';
import { quantile } from './histogram';
import { floorMinute, MINUTE_MS, writeSnapshots, type MetricPoint } from './snapshots';

/**
 * Integrations probed actively every minute (a cheap read-only request through the wrapper, so it
 * also counts in their health). Brevo is not: its health comes from the real sends and the
 * connection tests, and its API is rate-limited per account.
 */
export const PROBED_INTEGRATIONS: readonly IntegrationName[] = ['r2'];

export const INTEGRATION_STATUS_CODES: Record<IntegrationHealthStatus, number> = { unknown: 0, healthy: 1, degraded: 2, failing: 3 };

type Probe = { name: string; run: () => Promise<MetricPoint[]> };

/**
 * API latency of the two minutes before the collection minute: the previous minute may still be
 * missing the last seconds other processes have not flushed, so it is collected again (and
 * overwritten) one minute later, when it is complete.
 */
async function apiPoints(minute: Date): Promise<MetricPoint[]> {
  const from = new Date(minute.getTime() - 2 * MINUTE_MS);
  const rows = await readApiLatency(from, minute);
  const points: MetricPoint[] = [];
  for (const m of [from, new Date(minute.getTime() - MINUTE_MS)]) {
    for (const kind of endpointKinds) {
      const s = summarizeLatency(rows.filter((r) => r.kind === kind && r.minute.getTime() === m.getTime()));
      if (s.requests === 0) continue;
      const labels = { kind };
      points.push({ metric: 'api.requests', labels, value: s.requests, minute: m }, { metric: 'api.server_errors', labels, value: s.serverErrors, minute: m });
      if (s.p95Ms !== null) points.push({ metric: 'api.p95_ms', labels, value: s.p95Ms, minute: m });
      if (s.p50Ms !== null) points.push({ metric: 'api.p50_ms', labels, value: s.p50Ms, minute: m });
    }
  }
  return points;
}

async function databasePoints(): Promise<MetricPoint[]> {
  const [latency, pool, slow] = await Promise.all([probeDatabaseLatency(), connectionUse(), slowQueries(1)]);
  const points: MetricPoint[] = [
    { metric: 'db.latency_ms', value: latency.p95Ms },
    { metric: 'db.latency_p50_ms', value: latency.p50Ms },
    { metric: 'db.connections', labels: { state: 'total' }, value: pool.total },
    { metric: 'db.connections', labels: { state: 'active' }, value: pool.active },
    { metric: 'db.connections', labels: { state: 'idle_in_transaction' }, value: pool.idleInTransaction },
    { metric: 'db.max_connections', value: pool.maxConnections },
    { metric: 'db.pool_utilization_pct', value: pool.utilizationPct },
  ];
  if (slow.available) points.push({ metric: 'db.slow_statements', value: slow.count });
  return points;
}

async function redisPoints(): Promise<MetricPoint[]> {
  const redis = getRedis();
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) samples.push(await redis.ping());
  return [{ metric: 'redis.latency_ms', value: quantile(samples, 0.95) ?? 0 }];
}

async function probePoints(): Promise<MetricPoint[]> {
  const points: MetricPoint[] = [];
  for (const name of PROBED_INTEGRATIONS) {
    const info = getIntegration(name);
    if (!info.configured) continue;
    const outcome = await callIntegrationSettled(name, 'healthProbe', info.testConnection);
    // A failed probe's latency counts too: a timeout is the worst latency there is.
    points.push({ metric: `${name}.latency_ms`, value: outcome.latencyMs }, { metric: `${name}.probe_ok`, value: outcome.ok ? 1 : 0 });
  }
  return points;
}

async function jobPoints(): Promise<MetricPoint[]> {
  const s = await getQueueStats({ ctx: systemCtx('monitoring'), input: { stuckAfterMs: config().JOB_LOCK_TIMEOUT_MS } });
  return [
    { metric: 'jobs.backlog', value: s.backlog },
    { metric: 'jobs.processing', value: s.processing },
    { metric: 'jobs.stuck', value: s.stuck },
    { metric: 'jobs.stuck_max_age_minutes', value: s.oldestHeartbeatMinutes },
    { metric: 'jobs.failed_15m', value: s.failedLast15m },
  ];
}

async function integrationPoints(at: Date): Promise<MetricPoint[]> {
  const health = await getIntegrationHealth({ asOf: at });
  return health.flatMap((h) => {
    const labels = { integration: h.key };
    const points: MetricPoint[] = [
      { metric: 'integration.status', labels, value: INTEGRATION_STATUS_CODES[h.status] },
      { metric: 'integration.calls', labels, value: h.calls },
      { metric: 'integration.failures', labels, value: h.failures },
    ];
    if (h.p95Ms !== null) points.push({ metric: 'integration.p95_ms', labels, value: h.p95Ms });
    return points;
  });
}

export type CollectResult = { minute: string; written: number; failed: Array<{ probe: string; error: string }> };

/**
 * One collection (the monitoring.collect job, every minute): API latency from the route wrapper's
 * histograms, database round trip and connections, Redis and R2 latency, queue depth and stuck jobs,
 * integration health. Each probe fails alone (its error is returned and counted in
 * monitoring.probe_failures); the snapshots of the minute are upserted, so a second run of the
 * same minute replaces its values.
 */
export async function collectMetrics(options: { at?: Date } = {}): Promise<CollectResult> {
  const at = options.at ?? new Date();
  const minute = floorMinute(at);
  // This process's own requests (a worker serves few) go in before the API minutes are read.
  await flushApiSamples();
  const probes: Probe[] = [
    { name: 'api', run: () => apiPoints(minute) },
    { name: 'database', run: databasePoints },
    { name: 'redis', run: redisPoints },
    { name: 'integration-probes', run: probePoints },
    { name: 'jobs', run: jobPoints },
  ];
  const points: MetricPoint[] = [];
  const failed: CollectResult['failed'] = [];
  const settle = (list: Probe[], settled: PromiseSettledResult<MetricPoint[]>[]) =>
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') points.push(...s.value);
      else failed.push({ probe: list[i]!.name, error: s.reason instanceof Error ? errorMessage(s.reason).slice(0, 300) : String(s.reason) });
    });
  settle(probes, await Promise.allSettled(probes.map((p) => p.run())));
  // After the probes, whose calls are recorded in the background: health must include them.
  const health: Probe[] = [
    {
      name: 'integrations',
      run: async () => {
        await flushIntegrationCalls();
        return integrationPoints(at);
      },
    },
  ];
  settle(health, await Promise.allSettled(health.map((p) => p.run())));
  points.push({ metric: 'monitoring.probe_failures', value: failed.length });
  if (failed.length) logger.warn({ minute: minute.toISOString(), failed }, 'metrics collection: some probes failed');
  const written = await writeSnapshots(minute, points);
  return { minute: minute.toISOString(), written, failed };
}
