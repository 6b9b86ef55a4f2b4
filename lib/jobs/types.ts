/**
 * Shapes the jobs API returns, shared with client components: types and constants only, nothing
 * that reaches a server module.
 */

export const jobStatuses = ['pending', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type JobStatusValue = (typeof jobStatuses)[number];

/** A job no worker will touch again unless someone retries it. */
export function isFinished(job: { status: string | null; willRetry: boolean }): boolean {
  return job.status === 'completed' || job.status === 'cancelled' || (job.status === 'failed' && !job.willRetry);
}

export type JobProgress = {
  done: number | null;
  total: number | null;
  /** 0..100, null when the total is unknown. */
  percent: number | null;
  message: string | null;
  updatedAt: string | null;
  /** live: the Redis hash the running job writes; final: the copy kept in Postgres when an attempt ended. */
  source: 'live' | 'final';
};

export type JobListItem = {
  id: number;
  type: string;
  status: JobStatusValue;
  /** Failed, but another attempt is scheduled (nextAttemptAt). */
  willRetry: boolean;
  attempts: number;
  maxAttempts: number;
  tags: string[];
  createdAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
  durationMs: number | null;
  progress: JobProgress | null;
};

export type JobEventItem = { id: number; type: string; at: string | null; metadata: Record<string, unknown> | null };
export type JobErrorItem = { message: string; timestamp: string; attempt: number | null; workerId: string | null; failureReason: string | null; stack: string | null };

export type JobDetail = JobListItem & {
  description: string | null;
  payload: unknown;
  priority: number;
  runAt: string | null;
  lockedBy: string | null;
  lockedAt: string | null;
  lastFailedAt: string | null;
  lastCancelledAt: string | null;
  lastRetriedAt: string | null;
  failureReason: string | null;
  timeoutMs: number | null;
  idempotencyKey: string | null;
  events: JobEventItem[];
  /** Newest last, as recorded. */
  errors: JobErrorItem[];
  canRetry: boolean;
  canCancel: boolean;
};

/** What the reusable progress component polls. */
export type JobProgressView = Pick<JobListItem, 'id' | 'type' | 'status' | 'willRetry' | 'attempts' | 'maxAttempts' | 'lastError' | 'progress'> & { finished: boolean };

export type ScheduleItem = {
  type: string;
  description: string;
  schedule: string;
  /** The public endpoint QStash (or the local scheduler) calls. */
  endpoint: string;
  nextRunAt: string;
  lastRun: { requestedAt: string; slot: string; source: string; outcome: string; jobId: number | null; jobStatus: string | null } | null;
};
