import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';

/*
 * Read-only figures about the queue for System Status (lib/monitoring), kept in the jobs domain
 * so that monitoring never reads DataQueue's tables itself. "Stuck" means running with a stale
 * heartbeat: a live worker moves locked_at every quarter of JOB_LOCK_TIMEOUT_MS (jobs/run-job.ts).
 */

export type QueueStats = {
  /** Runnable now and waiting for a worker: pending, or failed with a retry that is due. */
  backlog: number;
  processing: number;
  /** Running jobs whose heartbeat is older than `stuckAfterMs`. */
  stuck: number;
  /** Age of the oldest heartbeat among running jobs, in minutes (0 when none runs). */
  oldestHeartbeatMinutes: number;
  /** Attempts that failed in the last 15 minutes. */
  failedLast15m: number;
};

export async function queueStats(stuckAfterMs: number): Promise<QueueStats> {
  const [row] = (await infraDb().execute(sql`
    select
      (count(*) filter (where (status = 'pending' or (status = 'failed' and next_attempt_at <= now()))
                          and coalesce(attempts, 0) < coalesce(max_attempts, 3)
                          and coalesce(run_at, now()) <= now()))::int as backlog,
      (count(*) filter (where status = 'processing'))::int as processing,
      (count(*) filter (where status = 'processing' and locked_at < now() - ${Math.round(stuckAfterMs)}::bigint * interval '1 millisecond'))::int as stuck,
      coalesce(max(extract(epoch from now() - locked_at)) filter (where status = 'processing'), 0)::float8 / 60 as oldest_minutes,
      (count(*) filter (where status = 'failed' and last_failed_at > now() - interval '15 minutes'))::int as failed_15m
    from job_queue
    where status in ('pending', 'processing', 'failed')
  `)) as unknown as Array<{ backlog: number; processing: number; stuck: number; oldest_minutes: number; failed_15m: number }>;
  return {
    backlog: row?.backlog ?? 0,
    processing: row?.processing ?? 0,
    stuck: row?.stuck ?? 0,
    oldestHeartbeatMinutes: Math.max(0, Math.round(Number(row?.oldest_minutes ?? 0) * 100) / 100),
    failedLast15m: row?.failed_15m ?? 0,
  };
}

export type JobTypeHealth = {
  type: string;
  /** Attempts that failed in the window (retries included). */
  failedAttempts: number;
  /** Jobs that ended failed for good in the window (no retry left). */
  failedFinal: number;
  running: number;
  /** Oldest heartbeat among its running jobs, in minutes. */
  oldestHeartbeatMinutes: number;
};

/** Per job type, over the last `windowMinutes`: failures and running jobs (for module health). */
export async function jobTypeHealth(types: readonly string[], windowMinutes = 15): Promise<JobTypeHealth[]> {
  if (types.length === 0) return [];
  const list = sql.join(
    types.map((t) => sql`${t}::text`),
    sql`, `,
  );
  const rows = (await infraDb().execute(sql`
    select t.type,
      (count(q.id) filter (where q.last_failed_at > now() - make_interval(mins => ${windowMinutes}::int)))::int as failed_attempts,
      (count(q.id) filter (where q.status = 'failed' and q.next_attempt_at is null and q.last_failed_at > now() - make_interval(mins => ${windowMinutes}::int)))::int as failed_final,
      (count(q.id) filter (where q.status = 'processing'))::int as running,
      coalesce(max(extract(epoch from now() - q.locked_at)) filter (where q.status = 'processing'), 0)::float8 / 60 as oldest_minutes
    from unnest(array[${list}]) as t(type)
    left join job_queue q on q.job_type = t.type
      and (q.status = 'processing' or q.last_failed_at > now() - make_interval(mins => ${windowMinutes}::int))
    group by t.type
  `)) as unknown as Array<{ type: string; failed_attempts: number; failed_final: number; running: number; oldest_minutes: number }>;
  return rows.map((r) => ({
    type: r.type,
    failedAttempts: r.failed_attempts,
    failedFinal: r.failed_final,
    running: r.running,
    oldestHeartbeatMinutes: Math.max(0, Math.round(Number(r.oldest_minutes) * 100) / 100),
  }));
}
