import { z } from 'zod';
import { collectMetrics } from '@/lib/monitoring/collector';
import { defineJob } from './define';

/**
 * System Status, every minute: API latency (from the route wrapper), database round trip and
 * connections, Redis and R2 latency, queue depth and stuck jobs, integration health, written as
 * metric snapshots. Upserted per (metric, series, minute): a retry or a duplicate run of the same
 * minute replaces values instead of adding rows.
 */
export const monitoringCollect = defineJob({
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
  handler: async (payload) => collectMetrics({ at: payload.at ? new Date(payload.at) : undefined }),
});
