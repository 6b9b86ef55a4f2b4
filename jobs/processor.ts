import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { listen } from '@/db/client';
import { config } from '@/lib/config';
import { logger } from '@/lib/logger';
import { claimJobs, JOBS_CHANNEL, type ClaimedJob } from '@/lib/jobs/queue';
import { runJob, type RunOutcome } from './run-job';
import { startScheduler, type Scheduler } from './scheduler';

export type WorkerOptions = {
  /** Unique per process; shown in the job's events and as locked_by. */
  workerId?: string;
  /** Jobs run at once (default WORKER_CONCURRENCY). */
  concurrency?: number;
  /** Idle poll interval; NOTIFY from an enqueue wakes the worker sooner (default 1 s). */
  pollMs?: number;
  /** Heartbeats are sent every quarter of it (default JOB_LOCK_TIMEOUT_MS). */
  lockTimeoutMs?: number;
  /** Only these job types (default all): dedicated workers for heavy types. */
  types?: readonly string[];
  /** Only jobs carrying this tag. */
  tag?: string;
  /** Run the local scheduler in this process (default LOCAL_SCHEDULER). */
  scheduler?: boolean;
  /** On stop, running jobs get this long to finish before they are handed back (default 20 s). */
  shutdownGraceMs?: number;
};

export type WorkerStats = Record<RunOutcome, number> & { running: number };

export type WorkerHandle = {
  workerId: string;
  stats(): WorkerStats;
  /** Stops claiming, lets running jobs finish (or hands them back after the grace period), resolves when idle. */
  stop(): Promise<void>;
};

/**
 * The job processor: `concurrency` loops, each claiming one job at a time (SKIP LOCKED) and running
 * it through the job wrapper. Idle loops sleep until NOTIFY (an enqueue, a retry, a reclaim) or the
 * poll interval, which also picks up retries whose backoff has passed.
 */
export async function startProcessor(options: WorkerOptions = {}): Promise<WorkerHandle> {
  const cfg = config();
  const workerId = options.workerId ?? `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const concurrency = options.concurrency ?? cfg.WORKER_CONCURRENCY;
  const pollMs = options.pollMs ?? 1_000;
  const lockTimeoutMs = options.lockTimeoutMs ?? cfg.JOB_LOCK_TIMEOUT_MS;
  const heartbeatMs = Math.max(100, Math.floor(lockTimeoutMs / 4));
  const graceMs = options.shutdownGraceMs ?? 20_000;
  const filter = { types: options.types, tag: options.tag };
  const log = logger.child({ workerId });

  const stats: WorkerStats = { running: 0, completed: 0, failed: 0, lost: 0, released: 0 };
  const shutdown = new AbortController();
  let stopping = false;

  const sleepers = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });

  let unlisten: (() => Promise<void>) | undefined;
  try {
    const listening = await listen(JOBS_CHANNEL, () => wakeAll());
    unlisten = () => listening.unlisten();
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'LISTEN failed; polling only');
  }

  const loop = async () => {
    while (!stopping) {
      let job: ClaimedJob | undefined;
      try {
        [job] = await claimJobs(workerId, 1, filter);
      } catch (error) {
        log.error({ error: error instanceof Error ? error.message : String(error) }, 'could not claim jobs');
        await idle(pollMs);
        continue;
      }
      if (!job) {
        await idle(pollMs);
        continue;
      }
      stats.running += 1;
      try {
        stats[await runJob(job, { workerId, heartbeatMs, shutdown: shutdown.signal })] += 1;
      } catch (error) {
        log.error({ jobId: job.id, error: error instanceof Error ? error.message : String(error) }, 'job wrapper failed');
      } finally {
        stats.running -= 1;
      }
    }
  };
  const loops = Array.from({ length: concurrency }, () => loop());
  const scheduler: Scheduler | undefined = (options.scheduler ?? cfg.localScheduler) ? startScheduler() : undefined;
  log.info({ concurrency, lockTimeoutMs, heartbeatMs, types: options.types, tag: options.tag, scheduler: !!scheduler }, 'worker started');

  let stopped: Promise<void> | undefined;
  return {
    workerId,
    stats: () => ({ ...stats }),
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        scheduler?.stop();
        wakeAll();
        const grace = setTimeout(() => shutdown.abort(), graceMs);
        await Promise.all(loops);
        clearTimeout(grace);
        await unlisten?.().catch(() => {});
        log.info({ ...stats }, 'worker stopped');
      })();
      return stopped;
    },
  };
}
