import { getRedis } from '@/lib/redis';
import type { JobProgress } from './types';

/** One day: long enough for anyone following a job; the final numbers are mirrored to job_meta. */
export const PROGRESS_TTL_SECONDS = 86_400;

export function progressKey(jobId: number): string {
  return `job:${jobId}:progress`;
}

export function percentOf(done: number | null, total: number | null): number | null {
  if (done === null || total === null || total <= 0) return null;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

/** Live progress of a running job, written by the job wrapper (a hash with a TTL, never canonical). */
export async function writeProgress(jobId: number, progress: { done: number | null; total: number | null; message: string | null }): Promise<void> {
  await getRedis().hset(
    progressKey(jobId),
    {
      done: progress.done === null ? '' : String(progress.done),
      total: progress.total === null ? '' : String(progress.total),
      message: progress.message ?? '',
      updatedAt: new Date().toISOString(),
    },
    { ttlSeconds: PROGRESS_TTL_SECONDS },
  );
}

function num(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export async function readProgress(jobId: number): Promise<JobProgress | null> {
  const hash = await getRedis().hgetall(progressKey(jobId));
  if (!hash) return null;
  const done = num(hash.done);
  const total = num(hash.total);
  return { done, total, percent: percentOf(done, total), message: hash.message || null, updatedAt: hash.updatedAt || null, source: 'live' };
}
