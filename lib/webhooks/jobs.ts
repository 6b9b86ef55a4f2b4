import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/**
 * One HTTP attempt of one webhook delivery. The retry schedule is the webhook's own (schedule.ts),
 * not DataQueue's: a failed attempt records itself and enqueues the next attempt with its run_at,
 * so this job's own retry only covers a crash mid-attempt (the handler skips an attempt already
 * recorded). Handler: jobs/webhooks-deliver.ts.
 */
export const webhooksDeliverJob = defineJobSpec({
  type: 'webhooks.deliver',
  description: 'Sends one attempt of an outgoing webhook delivery and schedules the next on failure.',
  payload: z.object({ tenantId: z.uuid(), deliveryId: z.uuid(), attempt: z.int().min(1).max(20) }),
  maxAttempts: 2,
  retryBackoffMs: 5_000,
  timeoutMs: 30_000,
  tags: ['webhooks'],
});
