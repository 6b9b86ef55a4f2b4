import { systemCtx } from '@/lib/context';
import { routingCheckJob } from '@/lib/routing/jobs';
import { runRouteCheck } from '@/lib/routing/services/run-route-check';
import { bindJob } from './define';

/**
 * The route table check as the system actor `route-check`: batches of entries, each committed with
 * its findings and progress, so a retry (after a failure or a crash) resumes after the last batch.
 */
export const routingCheck = bindJob(routingCheckJob, async (payload, ctx) => {
  const actor = systemCtx('route-check', payload.tenantId);
  return runRouteCheck({ ctx: actor, input: payload, job: { progress: (done, total, message) => ctx.progress(done, total, message), lastAttempt: ctx.attempt >= ctx.maxAttempts } });
});
