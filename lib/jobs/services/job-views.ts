import { eq, sql } from 'drizzle-orm';
import { jobMeta } from '@/db/schema';
import { jobQueue } from '@/db/schema/dataqueue';
import { percentOf, readProgress } from '../progress';
import type { JobListItem, JobProgress, JobStatusValue } from '../types';

/**
 * The columns every job view reads (the last error's message only, not the whole error history),
 * and the mapping to the API shape shared by the list, the detail and the progress endpoint.
 */
export const jobRowColumns = {
  id: jobQueue.id,
  jobType: jobQueue.jobType,
  status: jobQueue.status,
  attempts: jobQueue.attempts,
  maxAttempts: jobQueue.maxAttempts,
  tags: jobQueue.tags,
  createdAt: jobQueue.createdAt,
  startedAt: jobQueue.startedAt,
  completedAt: jobQueue.completedAt,
  nextAttemptAt: jobQueue.nextAttemptAt,
  lastError: sql<string | null>`${jobQueue.errorHistory} -> -1 ->> 'message'`,
  progressDone: jobMeta.progressDone,
  progressTotal: jobMeta.progressTotal,
  progressMessage: jobMeta.progressMessage,
  lastDurationMs: jobMeta.lastDurationMs,
  metaUpdatedAt: jobMeta.updatedAt,
};

export const jobMetaJoin = eq(jobMeta.jobId, jobQueue.id);

export type JobRow = {
  id: number;
  jobType: string;
  status: string | null;
  attempts: number | null;
  maxAttempts: number | null;
  tags: string[] | null;
  createdAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
  progressDone: number | null;
  progressTotal: number | null;
  progressMessage: string | null;
  lastDurationMs: number | null;
  metaUpdatedAt: Date | null;
};

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

function finalProgress(row: JobRow): JobProgress | null {
  if (row.progressDone === null && row.progressTotal === null && row.progressMessage === null) return null;
  return {
    done: row.progressDone,
    total: row.progressTotal,
    percent: percentOf(row.progressDone, row.progressTotal),
    message: row.progressMessage,
    updatedAt: iso(row.metaUpdatedAt),
    source: 'final',
  };
}

/**
 * A running job's progress is the live Redis hash; anything else shows the copy mirrored to
 * Postgres when its last attempt ended (the hash expires after a day). A Redis failure shows the
 * mirror rather than failing the page.
 */
export async function toJobItem(row: JobRow): Promise<JobListItem> {
  const status = (row.status ?? 'pending') as JobStatusValue;
  let progress = finalProgress(row);
  // Only running jobs read Redis: a page of 100 pending jobs costs no Redis round trips.
  if (status === 'processing') progress = (await readProgress(row.id).catch(() => null)) ?? progress;
  return {
    id: row.id,
    type: row.jobType,
    status,
    willRetry: status === 'failed' && row.nextAttemptAt !== null,
    attempts: row.attempts ?? 0,
    maxAttempts: row.maxAttempts ?? 3,
    tags: row.tags ?? [],
    createdAt: iso(row.createdAt),
    startedAt: iso(row.startedAt),
    completedAt: iso(row.completedAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    lastError: row.lastError,
    durationMs: row.lastDurationMs,
    progress,
  };
}
