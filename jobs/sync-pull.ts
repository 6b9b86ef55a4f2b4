import { systemCtx } from '@/lib/context';
import { syncPullJob } from '@/lib/sync/jobs';
import { pullFromConnexcs } from '@/lib/sync/services/pull-from-connexcs';
import { bindJob } from './define';

/** The scheduled pull from ConnexCS, as the system actor `connexcs-sync` (platform-wide, no tenant). */
export const syncPull = bindJob(syncPullJob, async () => {
  const run = await pullFromConnexcs({ ctx: systemCtx('connexcs-sync') });
  return { runId: run.id, examined: run.examined, conflicts: run.conflicts, failed: run.failed };
});
