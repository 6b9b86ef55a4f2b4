import { config } from '@/lib/config';
import { reclaimStuckJob } from '@/lib/jobs/jobs';
import { reclaimStuckJobs } from '@/lib/jobs/queue';
import { bindJob } from './define';

export const reclaimStuck = bindJob(reclaimStuckJob, async (payload, ctx) => {
  const result = await reclaimStuckJobs(payload.olderThanMs ?? config().JOB_LOCK_TIMEOUT_MS);
  if (result.requeued.length || result.failed.length) ctx.log.warn(result, 'reclaimed jobs of dead workers');
  return result;
});
