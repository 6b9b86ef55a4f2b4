import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** Parses an uploaded deck into a draft version and its change set. Handler: jobs/rates-import-deck.ts. */
export const rateImportDeckJob = defineJobSpec({
  type: 'rates.import-deck',
  description: 'Parses an uploaded rate deck (CSV) in batches into a draft version, its error report and its change set.',
  payload: z.object({ importId: z.uuid(), tenantId: z.uuid() }),
  maxAttempts: 3,
  timeoutMs: 30 * 60_000,
  tags: ['rates'],
});
