import type { Logger } from 'pino';
import type { z } from 'zod';
import type { JobSpec } from '@/lib/jobs/spec';

/** What every handler receives besides its payload (built by jobs/run-job.ts, once per run). */
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

export type JobHandler<TPayload = unknown> = (payload: TPayload, ctx: JobContext) => Promise<unknown>;

/** A job type's spec (declared by its domain, lib/<domain>/jobs.ts) with the handler the worker runs. */
export type JobDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> = JobSpec<TType, TSchema> & {
  handler: JobHandler<z.output<TSchema>>;
};

/** Binds the worker's handler to a job type's spec; the payload is typed by the type's schema. */
export function bindJob<TType extends string, TSchema extends z.ZodType>(spec: JobSpec<TType, TSchema>, handler: JobHandler<z.output<TSchema>>): JobDefinition<TType, TSchema> {
  return { ...spec, handler };
}
