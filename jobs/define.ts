import type { Logger } from 'pino';
import type { z } from 'zod';
import { parseCron } from '@/lib/jobs/cron-expression';

/** What every handler receives besides its payload (built by jobs/run-job.ts). */
export type JobContext = {
  jobId: number;
  jobType: string;
  /** 1-based; a job runs again after a failure or a crash, so effects must be idempotent. */
  attempt: number;
  maxAttempts: number;
  /**
   * Aborted when the job must stop: its timeout passed, it was cancelled or reclaimed (this worker
   * no longer owns it), or the worker is shutting down. Check it between batches.
   */
  signal: AbortSignal;
  /** pino child logger carrying jobId, jobType, attempt and workerId. */
  log: Logger;
  /**
   * Reports progress (stored in Redis, polled by the UI) and checks the signal: throws once the job
   * must stop, so a loop that reports per batch stops at the next batch boundary.
   */
  progress(done: number, total?: number | null, message?: string | null): Promise<void>;
  /** Sends a heartbeat now (DataQueue's `prolong`); the wrapper also sends them on a timer. Throws if the job was lost. */
  prolong(): Promise<void>;
};

export type JobDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> = {
  type: TType;
  description: string;
  /** zod schema of the payload; enqueue validates with it and the wrapper parses with it again. */
  payload: TSchema;
  handler: (payload: z.output<TSchema>, ctx: JobContext) => Promise<unknown>;
  /** Attempts before the job ends failed (default 3). */
  maxAttempts: number;
  /** The handler's signal aborts after this long (null: no timeout). */
  timeoutMs: number | null;
  /** First retry delay; each further retry waits twice as long, capped at one hour (default 30 s). */
  retryBackoffMs: number;
  /** Five-field UTC cron expression: /api/cron/<type> exists for the job, and the local scheduler calls it. */
  schedule?: string;
  /** Payload of the scheduled runs. */
  schedulePayload?: z.input<TSchema>;
  /** How long one cron request holds the job's lock (duplicate deliveries within it are refused). */
  cronLockMs: number;
  tags: readonly string[];
};

export type JobDefinitionInput<TType extends string, TSchema extends z.ZodType> = Omit<
  JobDefinition<TType, TSchema>,
  'maxAttempts' | 'timeoutMs' | 'retryBackoffMs' | 'cronLockMs' | 'tags'
> &
  Partial<Pick<JobDefinition<TType, TSchema>, 'maxAttempts' | 'timeoutMs' | 'retryBackoffMs' | 'cronLockMs' | 'tags'>>;

const TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** Declares a job type; a bad type name or cron expression fails at import, not at 3 a.m. */
export function defineJob<TType extends string, TSchema extends z.ZodType>(input: JobDefinitionInput<TType, TSchema>): JobDefinition<TType, TSchema> {
  if (!TYPE.test(input.type)) throw new Error(`job type "${input.type}" must be dotted lowercase words, e.g. "billing.rate-cdrs"`);
  if (input.schedule) parseCron(input.schedule);
  const def: JobDefinition<TType, TSchema> = {
    maxAttempts: 3,
    timeoutMs: null,
    retryBackoffMs: 30_000,
    cronLockMs: 30_000,
    tags: [],
    ...input,
  };
  if (!Number.isInteger(def.maxAttempts) || def.maxAttempts < 1) throw new Error(`job ${def.type}: maxAttempts must be a positive integer`);
  if (input.schedule) def.payload.parse(def.schedulePayload ?? {});
  return def;
}
