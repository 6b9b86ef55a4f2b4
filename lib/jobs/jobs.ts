import { z } from 'zod';
import { demoLongPayload } from './demo-schema';
import { defineJobSpec } from './spec';

/**
 * The job system's own job types. Handlers: jobs/demo-long.ts, jobs/demo-poison.ts,
 * jobs/maintenance-*.ts (worker side).
 */

/**
 * The demo of the job system (Jobs page "Start demo job", the crash test): processes N batches,
 * writing one demo_job_items row per item, idempotently.
 */
export const demoLongJob = defineJobSpec({
  type: 'demo.long',
  description: 'Demo: processes batches of items with a delay, reporting progress (idempotent writes).',
  payload: demoLongPayload,
  maxAttempts: 3,
  retryBackoffMs: 1_000,
  tags: ['demo'],
});

/** Always throws: shows how failures, retries and their errors look (Jobs page, poison test). */
export const demoPoisonJob = defineJobSpec({
  type: 'demo.poison',
  description: 'Demo: always fails, to show retries with backoff and the error history.',
  payload: z.object({ message: z.string().max(500).default('this job always fails') }),
  maxAttempts: 3,
  retryBackoffMs: 500,
  tags: ['demo'],
});

/**
 * Returns the jobs of dead workers to the queue: a running job whose heartbeat is older than
 * JOB_LOCK_TIMEOUT_MS (live workers beat every quarter of it) goes back to pending, or ends
 * failed when the lost attempt was its last.
 */
export const reclaimStuckJob = defineJobSpec({
  type: 'maintenance.reclaim-stuck',
  description: 'Requeues jobs whose worker stopped sending heartbeats (killed, frozen, cut off).',
  payload: z.object({ olderThanMs: z.int().min(1000).optional() }),
  schedule: '* * * * *',
  maxAttempts: 1,
  timeoutMs: 30_000,
  cronLockMs: 20_000,
  tags: ['maintenance'],
});

/**
 * Keeps job_queue small: the every-minute maintenance jobs alone add 1,440 rows a day. Finished
 * jobs (completed, cancelled, failed for good) older than the retention go, with their events.
 */
export const pruneJobsJob = defineJobSpec({
  type: 'maintenance.prune-jobs',
  description: 'Deletes finished jobs and their events after the retention (14 days).',
  payload: z.object({ keepDays: z.int().min(1).max(365).default(14) }),
  schedule: '43 3 * * *',
  maxAttempts: 3,
  timeoutMs: 600_000,
  tags: ['maintenance'],
});
