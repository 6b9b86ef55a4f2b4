import type { z } from 'zod';
import { parseCron } from './cron-expression';

/**
 * What a domain declares about one of its job types (in `lib/<domain>/jobs.ts`): its name, payload
 * schema, schedule and retry policy. No handler: handlers are bound on the worker side
 * (`jobs/registry.ts`), so that enqueueing a job never imports the code that runs it.
 */
export type JobSpec<TType extends string = string, TSchema extends z.ZodType = z.ZodType> = {
  type: TType;
  description: string;
  /** zod schema of the payload; enqueue validates with it and the worker's wrapper parses with it again. */
  payload: TSchema;
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

export type JobSpecInput<TType extends string, TSchema extends z.ZodType> = Omit<JobSpec<TType, TSchema>, 'maxAttempts' | 'timeoutMs' | 'retryBackoffMs' | 'cronLockMs' | 'tags'> &
  Partial<Pick<JobSpec<TType, TSchema>, 'maxAttempts' | 'timeoutMs' | 'retryBackoffMs' | 'cronLockMs' | 'tags'>>;

const TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** Declares a job type; a bad type name or cron expression fails at import, not at 3 a.m. */
export function defineJobSpec<TType extends string, TSchema extends z.ZodType>(input: JobSpecInput<TType, TSchema>): JobSpec<TType, TSchema> {
  if (!TYPE.test(input.type)) throw new Error(`job type "${input.type}" must be dotted lowercase words, e.g. "billing.rate-cdrs"`);
  if (input.schedule) parseCron(input.schedule);
  const spec: JobSpec<TType, TSchema> = {
    maxAttempts: 3,
    timeoutMs: null,
    retryBackoffMs: 30_000,
    cronLockMs: 30_000,
    tags: [],
    ...input,
  };
  if (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1) throw new Error(`job ${spec.type}: maxAttempts must be a positive integer`);
  if (input.schedule) spec.payload.parse(spec.schedulePayload ?? {});
  return spec;
}
