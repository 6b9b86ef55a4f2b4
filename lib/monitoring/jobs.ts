import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** System Status's job types. Handlers: jobs/monitoring-*.ts (worker side). */

/**
 * Every minute: API latency (from the route wrapper), database round trip and connections, Redis
 * and R2 latency, queue depth and stuck jobs, integration health, written as metric snapshots.
 * Upserted per (metric, series, minute): a retry or a duplicate run of the same minute replaces
 * values instead of adding rows.
 */
export const monitoringCollectJob = defineJobSpec({
  type: 'monitoring.collect',
  description: 'Collects the System Status metrics of the minute into metric_snapshots.',
  payload: z.object({
    /** The instant to collect for (tests, backfills); default: when the job runs. */
    at: z.iso.datetime().optional(),
  }),
  schedule: '* * * * *',
  maxAttempts: 2,
  retryBackoffMs: 5_000,
  timeoutMs: 45_000,
  cronLockMs: 20_000,
  tags: ['monitoring'],
});

/**
 * Every minute: compares the snapshots with the budgets (slo_budgets) over their 5- or 15-minute
 * windows and raises, escalates or resolves alerts; new and escalated alerts notify staff in-app and
 * email OPS_ALERT_EMAIL through Brevo (one email per alert and severity). It runs in the same minute
 * as the collector, so it judges up to the previous minute's snapshots.
 */
export const monitoringEvaluateJob = defineJobSpec({
  type: 'monitoring.evaluate',
  description: 'Evaluates the SLO budgets and raises, updates or resolves alerts.',
  payload: z.object({ at: z.iso.datetime().optional() }),
  schedule: '* * * * *',
  maxAttempts: 2,
  retryBackoffMs: 5_000,
  timeoutMs: 45_000,
  cronLockMs: 20_000,
  tags: ['monitoring'],
});

/** Retention of System Status data (about 60 snapshot rows a minute, one latency row per endpoint and minute). */
export const monitoringPruneJob = defineJobSpec({
  type: 'monitoring.prune',
  description: 'Deletes metric snapshots and API latency minutes after 14 days, resolved alerts and notifications after 90.',
  payload: z.object({
    metricsDays: z.int().min(1).max(365).default(14),
    historyDays: z.int().min(7).max(3650).default(90),
  }),
  schedule: '29 3 * * *',
  maxAttempts: 3,
  timeoutMs: 600_000,
  tags: ['monitoring', 'maintenance'],
});
