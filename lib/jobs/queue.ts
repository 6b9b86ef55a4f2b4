import { sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { infraDb, type AnyDb } from '@/db/client';
import type { JobErrorEntry } from '@/db/schema/dataqueue';

/**
 * The queue protocol on DataQueue 1.24's tables. Claiming follows DataQueue's own getNextBatch
 * (same status machine, ordering and FOR UPDATE SKIP LOCKED), and every row keeps the shape its API
 * and dataqueue-cli read. What 1.24 lacks is done here, in SQL, each step in ONE statement:
 * - enqueue with an idempotency key (job_meta.idempotency_key is unique);
 * - ownership: heartbeat, complete, fail and release only touch a row still `processing` and still
 *   locked by the calling worker, so a worker that lost its job (reclaimed, cancelled) can never
 *   complete or fail it under the new owner;
 * - heartbeats (locked_at moves forward while the handler runs), and a reclaim that judges
 *   liveness by that heartbeat and fails a job whose last attempt was lost instead of leaving it
 *   pending forever (DataQueue's reclaimStuckJobs does, since attempts already reached max_attempts);
 * - a retry backoff chosen per job type (DataQueue hard-codes 2^attempts minutes).
 * Every transition writes its job_events row in the same statement.
 */

export const JOBS_CHANNEL = 'didtron_jobs';

/** The union's members have incompatible generic signatures for TypeScript; they run the same SQL. */
function exec(db: AnyDb): PostgresJsDatabase {
  return db as unknown as PostgresJsDatabase;
}

async function rows<T>(db: AnyDb, query: SQL): Promise<T[]> {
  return [...((await exec(db).execute(query)) as unknown as T[])];
}

function textArray(values: readonly string[] | null | undefined): SQL {
  if (!values || values.length === 0) return sql`null::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}::text`),
    sql`, `,
  )}]`;
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

export type NewJob = {
  type: string;
  payload: unknown;
  maxAttempts: number;
  timeoutMs: number | null;
  tags: readonly string[];
  priority?: number;
  runAt?: Date | null;
  /** Enqueueing again with the same key returns the first job instead of a new one. */
  idempotencyKey?: string | null;
};

export type EnqueueResult = { id: number; created: boolean };

/**
 * Inserts a job (and its `added` event); with an idempotency key, at most one job ever exists for
 * that key: the key is claimed first (ON CONFLICT DO NOTHING waits for a concurrent claimer) and the
 * job row is inserted only by the statement that won it. Pass a transaction to enqueue atomically
 * with other writes (an audit event); the worker is woken by NOTIFY when it commits.
 */
export async function insertJob(db: AnyDb, job: NewJob): Promise<EnqueueResult> {
  const payload = json(job.payload);
  const added = json({ jobType: job.type, payload: job.payload, tags: job.tags, idempotencyKey: job.idempotencyKey ?? undefined });
  const runAt = job.runAt ? job.runAt.toISOString() : null;
  const values = sql`${job.type}, ${payload}::jsonb, ${job.maxAttempts}::int, ${job.priority ?? 0}::int,
    coalesce(${runAt}::timestamptz, now()), ${job.timeoutMs}::int, false, ${textArray(job.tags)}`;
  let result: EnqueueResult | undefined;
  if (!job.idempotencyKey) {
    const [row] = await rows<{ id: number }>(
      db,
      sql`with job as (
            insert into job_queue (job_type, payload, max_attempts, priority, run_at, timeout_ms, force_kill_on_timeout, tags)
            values (${values})
            returning id
          ), ev as (
            insert into job_events (job_id, event_type, metadata) select id, 'added', ${added}::jsonb from job
          )
          select id from job`,
    );
    result = { id: row!.id, created: true };
  } else {
    const key = job.idempotencyKey;
    const [row] = await rows<{ id: number; created: boolean }>(
      db,
      sql`with key_claim as (
            insert into job_meta (job_id, idempotency_key)
            values (nextval(pg_get_serial_sequence('job_queue', 'id')), ${key})
            on conflict (idempotency_key) do nothing
            returning job_id
          ), job as (
            insert into job_queue (id, job_type, payload, max_attempts, priority, run_at, timeout_ms, force_kill_on_timeout, tags)
            select job_id, ${values} from key_claim
            returning id
          ), ev as (
            insert into job_events (job_id, event_type, metadata) select id, 'added', ${added}::jsonb from job
          )
          select id, true as created from job
          union all
          select m.job_id, false from job_meta m where m.idempotency_key = ${key} and not exists (select 1 from key_claim)`,
    );
    if (row) {
      result = { id: row.id, created: row.created };
    } else {
      // Lost the key to a transaction that committed after this statement's snapshot was taken:
      // a new statement sees its row.
      const [existing] = await rows<{ id: number }>(db, sql`select job_id as id from job_meta where idempotency_key = ${key}`);
      if (!existing) throw new Error(`enqueue: idempotency key ${key} neither claimed nor found`);
      result = { id: existing.id, created: false };
    }
  }
  if (result.created) await exec(db).execute(sql`select pg_notify(${JOBS_CHANNEL}, ${job.type})`);
  return result;
}

export type ClaimedJob = {
  id: number;
  jobType: string;
  payload: unknown;
  /** This attempt's number (1-based): attempts already counts it. */
  attempts: number;
  maxAttempts: number;
  timeoutMs: number | null;
  tags: string[] | null;
};

export type ClaimFilter = { types?: readonly string[]; tag?: string };

/**
 * Claims up to `limit` runnable jobs for this worker (DataQueue's getNextBatch: pending, or failed
 * and due for retry, attempts left, run_at reached; priority then age; SKIP LOCKED so concurrent
 * workers never claim the same row) and records a `processing` event per job.
 */
export async function claimJobs(workerId: string, limit: number, filter: ClaimFilter = {}, db: AnyDb = infraDb()): Promise<ClaimedJob[]> {
  const byType = filter.types?.length ? sql`and job_type = any(${textArray(filter.types)})` : sql``;
  const byTag = filter.tag ? sql`and tags @> ${textArray([filter.tag])}` : sql``;
  const claimed = await rows<ClaimedJob>(
    db,
    sql`with claimed as (
          update job_queue
          set status = 'processing', locked_at = now(), locked_by = ${workerId}, attempts = coalesce(attempts, 0) + 1,
              updated_at = now(), pending_reason = null, started_at = coalesce(started_at, now()),
              last_retried_at = case when coalesce(attempts, 0) > 0 then now() else last_retried_at end
          where id in (
            select id from job_queue
            where (status = 'pending' or (status = 'failed' and next_attempt_at <= now()))
              and coalesce(attempts, 0) < coalesce(max_attempts, 3)
              and coalesce(run_at, now()) <= now()
              ${byType} ${byTag}
            order by priority desc, created_at asc
            limit ${limit}::int
            for update skip locked
          )
          returning id, job_type, payload, attempts, max_attempts, timeout_ms, tags
        ), ev as (
          insert into job_events (job_id, event_type, metadata)
          select id, 'processing', jsonb_build_object('workerId', ${workerId}::text, 'attempt', attempts) from claimed
        )
        select id, job_type as "jobType", payload, attempts, coalesce(max_attempts, 3) as "maxAttempts", timeout_ms as "timeoutMs", tags from claimed`,
  );
  return claimed.map((j) => ({ ...j, payload: parseJson(j.payload) }));
}

/** Moves the job's heartbeat (locked_at) forward; false when this worker no longer owns the job. */
export async function heartbeat(id: number, workerId: string, db: AnyDb = infraDb()): Promise<boolean> {
  const r = await rows(db, sql`update job_queue set locked_at = now() where id = ${id} and status = 'processing' and locked_by = ${workerId} returning id`);
  return r.length === 1;
}

export type FinalProgress = { done: number | null; total: number | null; message: string | null };

function metaUpsert(source: string, progress: FinalProgress, durationMs: number): SQL {
  return sql`insert into job_meta (job_id, progress_done, progress_total, progress_message, last_duration_ms)
    select id, ${progress.done}::int, ${progress.total}::int, ${progress.message}::text, ${Math.round(durationMs)}::int from ${sql.raw(source)}
    on conflict (job_id) do update set progress_done = excluded.progress_done, progress_total = excluded.progress_total,
      progress_message = excluded.progress_message, last_duration_ms = excluded.last_duration_ms`;
}

/** Marks the job completed if this worker still owns it; mirrors its final progress and duration. */
export async function completeJob(
  id: number,
  workerId: string,
  outcome: { durationMs: number; progress: FinalProgress; result?: unknown; attempt: number },
  db: AnyDb = infraDb(),
): Promise<boolean> {
  const meta = json({ workerId, attempt: outcome.attempt, durationMs: Math.round(outcome.durationMs), result: outcome.result });
  const r = await rows(
    db,
    sql`with done as (
          update job_queue set status = 'completed', updated_at = now(), completed_at = now()
          where id = ${id} and status = 'processing' and locked_by = ${workerId}
          returning id
        ), ev as (
          insert into job_events (job_id, event_type, metadata) select id, 'completed', ${meta}::jsonb from done
        ), m as (${metaUpsert('done', outcome.progress, outcome.durationMs)})
        select id from done`,
  );
  return r.length === 1;
}

export type FailOutcome = {
  error: { message: string; stack?: string };
  /** DataQueue's failure_reason vocabulary ('handler_error', 'timeout', 'no_handler') plus 'invalid_payload'. */
  failureReason: string;
  /** No further attempt, whatever attempts are left (a payload that can never be valid). */
  permanent?: boolean;
  /** The first retry waits this long, each next one twice as long (capped at one hour). */
  backoffMs: number;
  durationMs: number;
  progress: FinalProgress;
  attempt: number;
};

export type FailResult = { owned: boolean; willRetry: boolean; nextAttemptAt: string | null };

/** Records a failed attempt (error_history, failure_reason) and schedules the next one if any is left. */
export async function failJob(id: number, workerId: string, outcome: FailOutcome, db: AnyDb = infraDb()): Promise<FailResult> {
  const entry: JobErrorEntry = {
    message: outcome.error.message.slice(0, 4000),
    timestamp: new Date().toISOString(),
    attempt: outcome.attempt,
    workerId,
    failureReason: outcome.failureReason,
    stack: outcome.error.stack?.slice(0, 4000),
  };
  const [row] = await rows<{ next_attempt_at: string | null }>(
    db,
    sql`with f as (
          update job_queue set status = 'failed', updated_at = now(), last_failed_at = now(), failure_reason = ${outcome.failureReason},
            next_attempt_at = case when ${outcome.permanent ?? false}::boolean or coalesce(attempts, 0) >= coalesce(max_attempts, 3) then null
              else now() + least(3600000, ${outcome.backoffMs}::bigint * power(2, least(greatest(coalesce(attempts, 1) - 1, 0), 20))::bigint) * interval '1 millisecond' end,
            error_history = coalesce(error_history, '[]'::jsonb) || jsonb_build_array(${json(entry)}::jsonb)
          where id = ${id} and status = 'processing' and locked_by = ${workerId}
          returning id, attempts, next_attempt_at
        ), ev as (
          insert into job_events (job_id, event_type, metadata)
          select id, 'failed', jsonb_build_object('message', ${entry.message}::text, 'failureReason', ${outcome.failureReason}::text,
            'attempt', attempts, 'workerId', ${workerId}::text, 'willRetry', next_attempt_at is not null, 'nextAttemptAt', next_attempt_at,
            'durationMs', ${Math.round(outcome.durationMs)}::int)
          from f
        ), m as (${metaUpsert('f', outcome.progress, outcome.durationMs)})
        select next_attempt_at::text from f`,
  );
  if (!row) return { owned: false, willRetry: false, nextAttemptAt: null };
  return { owned: true, willRetry: row.next_attempt_at !== null, nextAttemptAt: row.next_attempt_at };
}

/**
 * Hands a job back to the queue without spending the attempt (graceful shutdown stopped it):
 * another worker picks it up at once instead of waiting for the reclaim.
 */
export async function releaseJob(id: number, workerId: string, db: AnyDb = infraDb()): Promise<boolean> {
  const r = await rows(
    db,
    sql`with rel as (
          update job_queue set status = 'pending', locked_at = null, locked_by = null, updated_at = now(),
            attempts = greatest(coalesce(attempts, 1) - 1, 0)
          where id = ${id} and status = 'processing' and locked_by = ${workerId}
          returning id
        ), ev as (
          insert into job_events (job_id, event_type, metadata) select id, 'released', jsonb_build_object('workerId', ${workerId}::text, 'reason', 'worker shutting down') from rel
        )
        select id from rel`,
  );
  return r.length === 1;
}

export type ReclaimResult = { requeued: number[]; failed: number[] };

/**
 * Jobs whose worker stopped sending heartbeats for `olderThanMs` (killed, frozen, partitioned) go
 * back to pending, or to failed when that was their last attempt; the lost attempt is written to
 * error_history either way. SKIP LOCKED: a concurrent heartbeat or completion wins over the reclaim.
 */
export async function reclaimStuckJobs(olderThanMs: number, db: AnyDb = infraDb()): Promise<ReclaimResult> {
  const r = await rows<{ id: number; status: string }>(
    db,
    sql`with stuck as (
          select id, locked_by, attempts from job_queue
          where status = 'processing' and locked_at < now() - ${Math.round(olderThanMs)}::bigint * interval '1 millisecond'
          for update skip locked
        ), upd as (
          update job_queue j set
            status = case when coalesce(j.attempts, 0) < coalesce(j.max_attempts, 3) then 'pending' else 'failed' end,
            failure_reason = case when coalesce(j.attempts, 0) < coalesce(j.max_attempts, 3) then j.failure_reason else 'worker_lost' end,
            last_failed_at = case when coalesce(j.attempts, 0) < coalesce(j.max_attempts, 3) then j.last_failed_at else now() end,
            next_attempt_at = null, locked_at = null, locked_by = null, updated_at = now(),
            error_history = coalesce(j.error_history, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
              'message', 'Worker ' || coalesce(s.locked_by, '?') || ' stopped sending heartbeats during attempt ' || coalesce(s.attempts, 0) || '; the job was reclaimed',
              'timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'attempt', s.attempts, 'workerId', s.locked_by, 'failureReason', 'worker_lost'))
          from stuck s where j.id = s.id
          returning j.id, j.status, s.locked_by, s.attempts
        ), ev as (
          insert into job_events (job_id, event_type, metadata)
          select id, 'reclaimed', jsonb_build_object('previousWorker', locked_by, 'attempt', attempts, 'status', status) from upd
        )
        select id, status from upd`,
  );
  if (r.some((j) => j.status === 'pending')) await exec(db).execute(sql`select pg_notify(${JOBS_CHANNEL}, 'reclaimed')`);
  return { requeued: r.filter((j) => j.status === 'pending').map((j) => j.id), failed: r.filter((j) => j.status === 'failed').map((j) => j.id) };
}

/**
 * Cancels a job that has not finished: pending, waiting for a retry, or running (its worker notices
 * at the next heartbeat or progress report and stops; it can no longer complete the job).
 * Returns false when the job is already finished (or does not exist).
 */
export async function cancelJob(id: number, by: Record<string, unknown>, db: AnyDb = infraDb()): Promise<boolean> {
  const r = await rows(
    db,
    sql`with c as (
          update job_queue set status = 'cancelled', updated_at = now(), last_cancelled_at = now(), next_attempt_at = null
          where id = ${id} and (status in ('pending', 'processing') or (status = 'failed' and next_attempt_at is not null))
          returning id
        ), ev as (
          insert into job_events (job_id, event_type, metadata) select id, 'cancelled', ${json(by)}::jsonb from c
        )
        select id from c`,
  );
  return r.length === 1;
}

/**
 * Puts a failed or cancelled job back in the queue now, with `budget` more attempts (DataQueue's
 * retryJob leaves max_attempts alone, so a job that used them all would never be claimed again).
 */
export async function retryJob(id: number, budget: number, by: Record<string, unknown>, db: AnyDb = infraDb()): Promise<boolean> {
  const r = await rows(
    db,
    sql`with r as (
          update job_queue set status = 'pending', updated_at = now(), locked_at = null, locked_by = null, next_attempt_at = null,
            last_retried_at = now(), run_at = least(coalesce(run_at, now()), now()),
            max_attempts = greatest(coalesce(max_attempts, 3), coalesce(attempts, 0) + ${budget}::int)
          where id = ${id} and status in ('failed', 'cancelled')
          returning id, job_type
        ), ev as (
          insert into job_events (job_id, event_type, metadata) select id, 'retried', ${json(by)}::jsonb from r
        )
        select id, job_type from r`,
  );
  if (r.length === 1) await exec(db).execute(sql`select pg_notify(${JOBS_CHANNEL}, 'retried')`);
  return r.length === 1;
}

/** Deletes finished jobs (and, by cascade, their events and meta) older than the cutoff, in batches. */
export async function pruneFinishedJobs(olderThan: Date, options: { batchSize?: number; db?: AnyDb } = {}): Promise<number> {
  const db = options.db ?? infraDb();
  const batchSize = options.batchSize ?? 2000;
  let total = 0;
  for (;;) {
    const r = await rows(
      db,
      sql`delete from job_queue where id in (
            select id from job_queue
            where status in ('completed', 'cancelled') and updated_at < ${olderThan.toISOString()}::timestamptz
               or status = 'failed' and next_attempt_at is null and updated_at < ${olderThan.toISOString()}::timestamptz
            limit ${batchSize}::int)
          returning id`,
    );
    total += r.length;
    if (r.length < batchSize) return total;
  }
}
