import { ValidationError } from '@/lib/errors';
import { infraDb, type AnyDb } from '@/db/client';
import { getJobSpec, type JobPayloadInput, type JobType } from './catalog';
import { insertJob, type EnqueueResult } from './queue';

export type EnqueueOptions = {
  /** At most one job ever exists per key: enqueueing again returns it (created: false). */
  idempotencyKey?: string;
  /** Added to the job type's own tags (list filter, worker routing). */
  tags?: readonly string[];
  runAt?: Date;
  priority?: number;
  /** A transaction to enqueue in (e.g. with the audit event of the request that asked for it). */
  db?: AnyDb;
};

/**
 * Enqueues a job of the catalog (lib/jobs/catalog.ts): any service may call it, since it imports
 * only the job specs, never the worker's handlers. Validates the payload against the job type's
 * schema (and at compile time against its input type) and enqueues it. The stored payload is the
 * parsed one (defaults applied), so a handler sees exactly what was validated.
 */
export async function enqueueJob<T extends JobType>(type: T, payload: JobPayloadInput<T>, options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const def = getJobSpec(type);
  if (!def) throw new Error(`unknown job type ${type}`);
  const parsed = def.payload.safeParse(payload);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: ['payload', ...i.path].join('.'), message: i.message })));
  const tags = [...new Set([...def.tags, ...(options.tags ?? [])])];
  return insertJob(options.db ?? infraDb(), {
    type,
    payload: parsed.data,
    maxAttempts: def.maxAttempts,
    timeoutMs: def.timeoutMs,
    tags,
    priority: options.priority,
    runAt: options.runAt ?? null,
    idempotencyKey: options.idempotencyKey ?? null,
  });
}
