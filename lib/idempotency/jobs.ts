import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** Deletes stored Idempotency-Key responses past their 24 hours. Handler: jobs/maintenance-purge-idempotency.ts. */
export const purgeIdempotencyJob = defineJobSpec({
  type: 'maintenance.purge-idempotency',
  description: 'Deletes stored Idempotency-Key responses older than 24 hours.',
  payload: z.object({}),
  schedule: '17 * * * *',
  maxAttempts: 3,
  timeoutMs: 300_000,
  tags: ['maintenance'],
});
