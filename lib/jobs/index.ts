import { assertPermission, type AnyCtx } from '@/lib/context';
import { jobTypeHealth, queueStats, type JobTypeHealth, type QueueStats } from './queue-stats';

/**
 * The jobs domain's public face for other domains (System Status reads the queue through these,
 * never DataQueue's tables or lib/jobs internals).
 */
export type { JobTypeHealth, QueueStats };

/** Backlog, running, stuck and recently failed jobs, for System Status. */
export async function getQueueStats({ ctx, input }: { ctx: AnyCtx; input: { stuckAfterMs: number } }): Promise<QueueStats> {
  assertPermission(ctx, 'system.read');
  return queueStats(input.stuckAfterMs);
}

/** Per job type over the last minutes: failures and running jobs (module health). */
export async function getJobTypeHealth({ ctx, input }: { ctx: AnyCtx; input: { types: readonly string[]; windowMinutes?: number } }): Promise<JobTypeHealth[]> {
  assertPermission(ctx, 'system.read');
  return jobTypeHealth(input.types, input.windowMinutes);
}
