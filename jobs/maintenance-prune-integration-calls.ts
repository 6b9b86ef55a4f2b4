import { z } from 'zod';
import { pruneIntegrationCalls } from '@/lib/integrations/health';
import { defineJob } from './define';

const DAY_MS = 86_400_000;

/** Keeps integration_calls (the integrations health history) to its retention window. */
export const pruneCalls = defineJob({
  type: 'maintenance.prune-integration-calls',
  description: 'Deletes integration call records older than the retention (14 days).',
  payload: z.object({ keepDays: z.int().min(1).max(365).default(14) }),
  schedule: '17 3 * * *',
  maxAttempts: 3,
  timeoutMs: 600_000,
  tags: ['maintenance'],
  handler: async (payload) => ({ deleted: await pruneIntegrationCalls(new Date(Date.now() - payload.keepDays * DAY_MS)) }),
});
