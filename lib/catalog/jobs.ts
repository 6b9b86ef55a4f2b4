import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** The voice catalogue's job types. Handler: jobs/catalog-purge-trash.ts (worker side). */

/**
 * Daily: hard-deletes catalogue rows that have been in the Trash longer than the retention
 * (catalog_settings, default 30 days), in batches with progress, as the system actor
 * `catalog-trash`; each removed row leaves a `purge` audit event with its last state.
 */
export const catalogPurgeTrashJob = defineJobSpec({
  type: 'catalog.purge-trash',
  description: 'Hard-deletes catalogue rows kept in the Trash longer than the retention.',
  payload: z.object({ batchSize: z.number().int().min(1).max(1000).default(200) }),
  schedule: '17 3 * * *',
  maxAttempts: 3,
  timeoutMs: 10 * 60_000,
  tags: ['maintenance', 'catalog'],
});
