import { systemCtx } from '@/lib/context';
import { syncPushJob } from '@/lib/sync/jobs';
import { pushSyncItem } from '@/lib/sync/services/push-sync-item';
import { bindJob } from './define';

/**
 * Pushes one record to ConnexCS as the system actor `connexcs-sync`. The push reads the record's
 * current state and upserts it by our reference, so a retry (after a failure, a crash or a lost
 * answer) converges on one ConnexCS record; a failure throws and the queue retries with backoff.
 */
export const syncPush = bindJob(syncPushJob, async (payload) => {
  const ctx = systemCtx('connexcs-sync', payload.tenantId);
  const result = await pushSyncItem({ ctx, input: payload });
  return { status: result.status, externalId: result.externalId, generation: result.generation };
});
