import { jobCatalog, type JobSpecOf, type JobType } from '@/lib/jobs/catalog';
import { catalogPurgeTrash } from './catalog-purge-trash';
import type { JobDefinition } from './define';
import { demoLong } from './demo-long';
import { demoPoison } from './demo-poison';
import { pruneCalls } from './maintenance-prune-integration-calls';
import { pruneJobs } from './maintenance-prune-jobs';
import { purgeIdempotency } from './maintenance-purge-idempotency';
import { reclaimStuck } from './maintenance-reclaim-stuck';
import { redisSweep } from './maintenance-redis-sweep';
import { monitoringCollect } from './monitoring-collect';
import { monitoringEvaluate } from './monitoring-evaluate';
import { monitoringPrune } from './monitoring-prune';
import { syncPull } from './sync-pull';
import { routingCheck } from './routing-check';
import { ratesImportDeck } from './rates-import-deck';
import { syncPush } from './sync-push';
import { webhooksDeliver } from './webhooks-deliver';

/**
 * The worker side of the job catalog: the handler bound to every job type the domains declare
 * (lib/jobs/catalog.ts). Only the worker imports this file (nothing in lib/ may: see
 * tests/jobs-boundary.test.ts). The mapped type makes a catalog type without a handler a compile
 * error; the check below makes it an error at import too.
 */
const handlers: { [T in JobType]: JobDefinition<T, JobSpecOf<T>['payload']> } = {
  'demo.long': demoLong,
  'demo.poison': demoPoison,
  'maintenance.reclaim-stuck': reclaimStuck,
  'maintenance.prune-jobs': pruneJobs,
  'maintenance.redis-sweep': redisSweep,
  'maintenance.prune-integration-calls': pruneCalls,
  'maintenance.purge-idempotency': purgeIdempotency,
  'monitoring.collect': monitoringCollect,
  'monitoring.evaluate': monitoringEvaluate,
  'monitoring.prune': monitoringPrune,
  'webhooks.deliver': webhooksDeliver,
  'catalog.purge-trash': catalogPurgeTrash,
  'sync.push': syncPush,
  'sync.pull': syncPull,
  'routing.check': routingCheck,
  'rates.import-deck': ratesImportDeck,
};

export const jobRegistry: ReadonlyMap<string, JobDefinition> = (() => {
  const map = new Map<string, JobDefinition>();
  for (const [type, spec] of jobCatalog) {
    const def = (handlers as Record<string, JobDefinition | undefined>)[type];
    if (!def) throw new Error(`job type ${type} has no handler in jobs/registry.ts`);
    if (def.type !== type) throw new Error(`jobs/registry.ts binds the handler of ${def.type} to ${type}`);
    // The catalog's spec is the truth; the handler is all the worker adds.
    map.set(type, { ...spec, handler: def.handler });
  }
  return map;
})();

export function getJobDefinition(type: string): JobDefinition | undefined {
  return jobRegistry.get(type);
}
