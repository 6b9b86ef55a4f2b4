import { z } from 'zod';
import { config } from '@/lib/config';
import { reclaimStuckJobs } from '@/lib/jobs/queue';
import { defineJob } from './define';

/**
 * Returns the jobs of dead workers to the queue: a running job whose heartbeat is older than
 * JOB_LOCK_TIMEOUT_MS (live workers beat every quarter of it) goes back to pending, or ends
 * failed when the lost attempt was its last.
 */
export const reclaimStuck = defineJob({
  type: 'maintenance.reclaim-stuck',
  description: 'Requeues jobs whose worker stopped sending heartbeats (killed, frozen, cut off).',
  payload: z.object({ olderThanMs: z.int().min(1000).optional() }),
  schedule: '* * * * *',
  maxAttempts: 1,
  timeoutMs: 30_000,
  cronLockMs: 20_000,
  tags: ['maintenance'],
  handler: async (payload, ctx) => {
    const result = await reclaimStuckJobs(payload.olderThanMs ?? config().JOB_LOCK_TIMEOUT_MS);
    if (result.requeued.length || result.failed.length) ctx.log.warn(result, 'reclaimed jobs of dead workers');
    return result;
  },
});
