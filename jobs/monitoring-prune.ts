import { z } from 'zod';
import { pruneMonitoringData } from '@/lib/monitoring/prune';
import { defineJob } from './define';

/** Retention of System Status data (about 60 snapshot rows a minute, one latency row per endpoint and minute). */
export const monitoringPrune = defineJob({
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
  handler: async (payload) => pruneMonitoringData(payload),
});
