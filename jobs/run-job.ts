import { setTimeout as sleep } from 'node:timers/promises';
import { logger } from '@/lib/logger';
import { writeProgress } from '@/lib/jobs/progress';
import { completeJob, failJob, heartbeat, releaseJob, type ClaimedJob, type FinalProgress } from '@/lib/jobs/queue';
import type { JobContext } from './define';
import { getJobDefinition } from './registry';

export type StopReason = 'timeout' | 'lost' | 'shutdown';

/** The reason a handler's signal was aborted; thrown by ctx.progress()/ctx.prolong() once it is. */
export class JobStoppedError extends Error {
  constructor(public readonly reason: StopReason, message: string) {
    super(message);
    this.name = 'JobStoppedError';
  }
}

export type RunJobOptions = {
  workerId: string;
  /** How often the wrapper sends a heartbeat while the handler runs (a quarter of the lock timeout). */
  heartbeatMs: number;
  /** Aborted by the worker when a graceful shutdown's grace period is over. */
  shutdown?: AbortSignal;
  /** How long a stopped handler may take to reach a safe point before the job is given up. */
  abortGraceMs?: number;
};

export type RunOutcome = 'completed' | 'failed' | 'lost' | 'released';

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

function asError(e: unknown): { message: string; stack?: string } {
  if (e instanceof Error) return { message: e.message || e.name, stack: e.stack };
  return { message: String(e) };
}

/** progress() also beats the heart, at most this often: cancellation is noticed within a batch. */
const PROGRESS_HEARTBEAT_MIN_MS = 1_000;

/**
 * The one wrapper every handler runs in: parses the payload with the type's schema, keeps the
 * job's lock alive with heartbeats, gives the handler progress reporting (Redis) and a signal
 * (timeout, cancellation or reclaim, shutdown), logs with the job id, measures the duration and
 * records the outcome: completed, failed (error history, retry with backoff), released back to
 * the queue on shutdown, or lost (another owner now; nothing is written).
 */
export async function runJob(job: ClaimedJob, options: RunJobOptions): Promise<RunOutcome> {
  const { workerId } = options;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const log = logger.child({ jobId: job.id, jobType: job.jobType, attempt: job.attempts, workerId });
  const def = getJobDefinition(job.jobType);
  let last: FinalProgress = { done: null, total: null, message: null };

  const fail = async (error: unknown, failureReason: string, permanent = false): Promise<RunOutcome> => {
    const err = asError(error);
    const r = await failJob(job.id, workerId, {
      error: err,
      failureReason,
      permanent,
      backoffMs: def?.retryBackoffMs ?? 30_000,
      durationMs: elapsed(),
      progress: last,
      attempt: job.attempts,
    });
    if (!r.owned) {
      log.warn({ durationMs: Math.round(elapsed()), error: err.message }, 'job failed after this worker lost it; not recorded');
      return 'lost';
    }
    log.error({ durationMs: Math.round(elapsed()), error: err.message, failureReason, willRetry: r.willRetry, nextAttemptAt: r.nextAttemptAt }, 'job failed');
    return 'failed';
  };

  if (!def) return fail(new Error(`No handler registered for job type ${job.jobType}`), 'no_handler', true);
  const parsed = def.payload.safeParse(job.payload);
  if (!parsed.success) return fail(new Error(`Invalid payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')}`), 'invalid_payload', true);

  const controller = new AbortController();
  const stop = (reason: StopReason, message: string) => {
    if (!controller.signal.aborted) controller.abort(new JobStoppedError(reason, message));
  };
  let lastBeat = Date.now();
  const beat = async (): Promise<boolean> => {
    lastBeat = Date.now();
    const owned = await heartbeat(job.id, workerId);
    if (!owned) stop('lost', 'this worker no longer owns the job (it was cancelled or reclaimed)');
    return owned;
  };

  const timers: NodeJS.Timeout[] = [];
  timers.push(
    setInterval(() => {
      beat().catch((e: unknown) => log.warn({ error: asError(e).message }, 'heartbeat failed'));
    }, options.heartbeatMs),
  );
  const timeoutMs = job.timeoutMs ?? def.timeoutMs;
  if (timeoutMs) timers.push(setTimeout(() => stop('timeout', `Timed out after ${timeoutMs} ms`), timeoutMs));
  const onShutdown = () => stop('shutdown', 'the worker is shutting down');
  if (options.shutdown?.aborted) onShutdown();
  options.shutdown?.addEventListener('abort', onShutdown, { once: true });

  // The handler's context, built once per run: the seam where the worker gives the job its system
  // actor (lib/context.ts systemCtx, named after the job's domain) for the services it calls.
  const ctx: JobContext = {
    jobId: job.id,
    jobType: job.jobType,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
    signal: controller.signal,
    log,
    progress: async (done, total, message) => {
      controller.signal.throwIfAborted();
      last = { done, total: total === undefined ? last.total : total, message: message ?? null };
      try {
        await writeProgress(job.id, last);
      } catch (e) {
        // Progress is for people watching; a Redis hiccup must not fail the work.
        log.warn({ error: asError(e).message }, 'could not write job progress');
      }
      if (Date.now() - lastBeat >= PROGRESS_HEARTBEAT_MIN_MS) await beat().catch((e: unknown) => log.warn({ error: asError(e).message }, 'heartbeat failed'));
      controller.signal.throwIfAborted();
    },
    prolong: async () => {
      await beat();
      controller.signal.throwIfAborted();
    },
  };

  log.info({ maxAttempts: job.maxAttempts }, 'job started');
  const settled: Promise<Settled> = (async () => def.handler(parsed.data, ctx))().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const aborted = new Promise<null>((resolve) => {
    if (controller.signal.aborted) resolve(null);
    controller.signal.addEventListener('abort', () => resolve(null), { once: true });
  });
  let result = await Promise.race([settled, aborted]);
  if (result === null) {
    // Asked to stop: let the handler reach a safe point first, so that the job is not handed to
    // another worker while this one is still writing.
    const grace = options.abortGraceMs ?? 10_000;
    result = await Promise.race([settled, sleep(grace).then(() => null)]);
    if (result === null) log.error({ graceMs: grace }, 'handler ignored its abort signal; giving the job up while it still runs');
  }
  for (const t of timers) clearTimeout(t);
  options.shutdown?.removeEventListener('abort', onShutdown);

  try {
    if (result?.ok) {
      const final: FinalProgress = last.total !== null ? { done: last.total, total: last.total, message: 'Completed' } : { ...last, message: last.message ?? 'Completed' };
      const owned = await completeJob(job.id, workerId, { durationMs: elapsed(), progress: final, result: result.value, attempt: job.attempts });
      if (!owned) {
        log.warn({ durationMs: Math.round(elapsed()) }, 'job finished after this worker lost it; not recorded as completed');
        return 'lost';
      }
      await writeProgress(job.id, final).catch(() => {});
      log.info({ durationMs: Math.round(elapsed()), result: result.value }, 'job completed');
      return 'completed';
    }
    const reason = controller.signal.aborted ? (controller.signal.reason as JobStoppedError) : null;
    if (reason?.reason === 'lost') {
      log.warn({ durationMs: Math.round(elapsed()) }, 'job stopped: this worker no longer owns it');
      return 'lost';
    }
    if (reason?.reason === 'shutdown') {
      const released = await releaseJob(job.id, workerId);
      log.info({ durationMs: Math.round(elapsed()), released }, 'job handed back to the queue (shutdown)');
      return released ? 'released' : 'lost';
    }
    if (reason?.reason === 'timeout') return await fail(reason, 'timeout');
    return await fail(result?.ok === false ? result.error : new Error('handler did not settle'), 'handler_error');
  } catch (e) {
    // The database is unreachable: the row stays `processing`, its heartbeat stops, and the
    // reclaim returns it to the queue; the handler's effects are idempotent.
    log.error({ error: asError(e).message }, 'could not record the job outcome; it will be reclaimed');
    return 'lost';
  }
}
