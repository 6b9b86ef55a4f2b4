import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** Routing's job types. Handler: jobs/routing-check.ts (worker side). */

/** Entries evaluated per transaction (and per progress report) by the route table check. */
export const ROUTE_CHECK_BATCH = 500;

/**
 * The route table check: evaluates every entry of a draft routing plan against a customer plan in
 * batches (one transaction each, findings and progress together, so a crash resumes after the last
 * committed prefix) and stores the prefixes with no route, a negative margin or a single supplier.
 */
export const routingCheckJob = defineJobSpec({
  type: 'routing.check',
  description: 'Runs the route table check over every prefix of a routing plan and stores its findings.',
  payload: z.object({ tenantId: z.uuid(), checkId: z.uuid() }),
  maxAttempts: 3,
  retryBackoffMs: 30_000,
  timeoutMs: 60 * 60_000,
  tags: ['routing'],
});
