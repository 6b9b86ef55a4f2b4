import { z } from 'zod';
import { pruneFinishedJobs } from '@/lib/jobs/queue';
import { defineJob } from './define';

const DAY_MS = 86_400_000;

/**
 * Keeps job_queue small: the every-minute maintenance jobs alone add 1,440 rows a day. Finished
 * jobs (completed, cancelled, failed for good) older than the retention go, with their events.
 */
export const pruneJobs = defineJob({
  type: 'maintenance.prune-jobs',
  description: 'Deletes finished jobs and their events after the retention (14 days).',
  payload: z.object({ keepDays: z.int().min(1).max(365).default(14) }),
  schedule: '43 3 * * *',
  maxAttempts: 3,
  timeoutMs: 600_000,
  tags: ['maintenance'],
  handler: async (payload) => ({ deleted: await pruneFinishedJobs(new Date(Date.now() - payload.keepDays * DAY_MS)) }),
});
