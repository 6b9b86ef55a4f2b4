import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** Keeps integration_calls (the integrations health history) to its retention window. Handler: jobs/maintenance-prune-integration-calls.ts. */
export const pruneIntegrationCallsJob = defineJobSpec({
  type: 'maintenance.prune-integration-calls',
  description: 'Deletes integration call records older than the retention (14 days).',
  payload: z.object({ keepDays: z.int().min(1).max(365).default(14) }),
  schedule: '17 3 * * *',
  maxAttempts: 3,
  timeoutMs: 600_000,
  tags: ['maintenance'],
});
