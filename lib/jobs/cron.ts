import { cronRuns } from '@/db/schema';
import { NotFoundError, UnauthorizedError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { getRedis } from '@/lib/redis';
import { portalUrl } from '@/lib/tenancy/portal-url';
import { getJobSpec, type JobType } from './catalog';
import { authenticateCronRequest } from './cron-auth';
import { parseCron, previousRun } from './cron-expression';
import { infraDb } from '@/db/client';
import { enqueueJob } from './enqueue';

/**
 * A request arriving this much before its fire time (clock skew, a scheduler waking early) still
 * counts for that slot rather than repeating the previous one.
 */
export const SLOT_EARLY_TOLERANCE_MS = 5_000;

/** The endpoint's public URL, which QStash signs (`sub`). Built from config, never from the Host header. */
export function cronEndpointUrl(jobType: string): string {
  return portalUrl('marketing', `/api/cron/${encodeURIComponent(jobType)}`);
}

/** The schedule slot a request made at `now` stands for: the latest fire time (with tolerance). */
export function scheduleSlot(schedule: string, now: Date): Date {
  return previousRun(parseCron(schedule), new Date(now.getTime() + SLOT_EARLY_TOLERANCE_MS));
}

export type CronOutcome = { status: 'enqueued' | 'duplicate' | 'locked'; jobId: number | null; slot: string };

/**
 * A request to /api/cron/<job> as plain values: the route handler adapts its NextRequest, and any
 * other transport (a test, a queue consumer) passes them directly. Header names are matched without
 * regard to case. `url` is where the request arrived; it is logged, never trusted (the signature is
 * checked against cronEndpointUrl(), built from config).
 */
export type CronRequest = { method: string; url: string; headers: Readonly<Record<string, string>>; body: string };

/** What the endpoint answers: 202 when this request enqueued the slot's run, 200 otherwise. */
export type CronResponse = { status: 200 | 202; body: CronOutcome };

/**
 * POST /api/cron/<job>: authenticate (QStash signature or cron secret), then, for a scheduled job
 * type, take the job's distributed lock and enqueue the run of the current schedule slot. Two layers
 * keep one run per slot: the lock refuses deliveries that overlap (kept until it expires, not
 * released), and the slot's idempotency key makes any later delivery for the same slot return the
 * job that already exists. Every authenticated request is recorded in cron_runs.
 */
export async function handleCronRequest(req: CronRequest, jobType: string, now: Date = new Date()): Promise<CronResponse> {
  const auth = await authenticateCronRequest({ headers: req.headers, body: req.body, url: cronEndpointUrl(jobType) });
  if (!auth.ok) {
    logger.warn({ jobType, reason: auth.reason, method: req.method, url: req.url }, 'cron request refused');
    throw new UnauthorizedError('Invalid cron credentials');
  }
  const def = getJobSpec(jobType);
  if (!def?.schedule) throw new NotFoundError(`No scheduled job ${jobType}`);

  const slot = scheduleSlot(def.schedule, now);
  const source = auth.caller.source;
  const lock = await getRedis().acquireLock(`cron:${def.type}`, def.cronLockMs);
  let outcome: CronOutcome;
  if (!lock) {
    await infraDb().insert(cronRuns).values({ jobType: def.type, slot, source, outcome: 'locked', jobId: null });
    outcome = { status: 'locked', jobId: null, slot: slot.toISOString() };
  } else {
    try {
      outcome = await infraDb().transaction(async (tx) => {
        const job = await enqueueJob(def.type as JobType, (def.schedulePayload ?? {}) as never, {
          idempotencyKey: `cron:${def.type}:${slot.toISOString()}`,
          tags: ['cron'],
          db: tx,
        });
        const status = job.created ? ('enqueued' as const) : ('duplicate' as const);
        await tx.insert(cronRuns).values({ jobType: def.type, slot, source, outcome: status, jobId: job.id });
        return { status, jobId: job.id, slot: slot.toISOString() };
      });
    } catch (error) {
      // Nothing was enqueued: free the lock so that QStash's retry of this delivery is not refused as a duplicate.
      await lock.release().catch(() => false);
      throw error;
    }
  }
  logger.info({ jobType: def.type, source, ...outcome }, 'cron request');
  return { status: outcome.status === 'enqueued' ? 202 : 200, body: outcome };
}
