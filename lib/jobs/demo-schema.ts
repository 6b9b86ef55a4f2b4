import { z } from 'zod';

/** The demo job's payload: shared by the job spec (lib/jobs/jobs.ts) and the "Start demo job" form. */
export const demoLongPayload = z.object({
  batches: z.int('must be a whole number').min(1, 'at least 1').max(1000, 'at most 1,000'),
  itemsPerBatch: z.int('must be a whole number').min(1, 'at least 1').max(2000, 'at most 2,000').default(10),
  /** Pause per batch, spread over its items, so that progress is visible and a crash lands mid-batch. */
  delayMs: z.int('must be a whole number').min(0, 'at least 0').max(60_000, 'at most 60,000').default(500),
});
