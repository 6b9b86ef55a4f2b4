import type { z } from 'zod';
import { purgeIdempotencyJob } from '@/lib/idempotency/jobs';
import { catalogPurgeTrashJob } from '@/lib/catalog/jobs';
import { pruneIntegrationCallsJob } from '@/lib/integrations/jobs';
import { monitoringCollectJob, monitoringEvaluateJob, monitoringPruneJob } from '@/lib/monitoring/jobs';
import { rateImportDeckJob } from '@/lib/rates/jobs';
import { redisSweepJob } from '@/lib/redis/jobs';
import { routingCheckJob } from '@/lib/routing/jobs';
import { syncPullJob, syncPushJob } from '@/lib/sync/jobs';
import { webhooksDeliverJob } from '@/lib/webhooks/jobs';
import { demoLongJob, demoPoisonJob, pruneJobsJob, reclaimStuckJob } from './jobs';
import type { JobSpec } from './spec';

/**
 * Every job type the platform runs, as declared by its domain in `lib/<domain>/jobs.ts` (type,
 * payload schema, schedule, retry policy; no handler). Enqueue is typed by it, /api/cron/<type>
 * exists for its scheduled types, and the Jobs pages read descriptions and schedules from it. The
 * worker binds a handler to every type in `jobs/registry.ts`; a type without one fails there at import.
 *
 * The `jobs.ts` files are leaves (zod and payload schemas only, tests/jobs-boundary.test.ts keeps
 * them so, and fails when a spec they export is missing here), which is why any service may enqueue
 * any domain's job without an import cycle. The order is the Jobs pages' order.
 */
const specs = [
  demoLongJob,
  demoPoisonJob,
  reclaimStuckJob,
  redisSweepJob,
  pruneIntegrationCallsJob,
  pruneJobsJob,
  purgeIdempotencyJob,
  monitoringCollectJob,
  monitoringEvaluateJob,
  monitoringPruneJob,
  webhooksDeliverJob,
  catalogPurgeTrashJob,
  syncPushJob,
  syncPullJob,
  routingCheckJob,
  rateImportDeckJob,
] as const;

type Specs = (typeof specs)[number];
export type JobType = Specs['type'];
export type JobSpecOf<T extends JobType> = Extract<Specs, { type: T }>;
/** What a caller passes to enqueue (defaults not yet applied). */
export type JobPayloadInput<T extends JobType> = z.input<JobSpecOf<T>['payload']>;
/** What the handler receives. */
export type JobPayload<T extends JobType> = z.output<JobSpecOf<T>['payload']>;

export const jobCatalog: ReadonlyMap<string, JobSpec> = (() => {
  const map = new Map<string, JobSpec>();
  for (const spec of specs) {
    if (map.has(spec.type)) throw new Error(`job type ${spec.type} is declared twice`);
    map.set(spec.type, spec as unknown as JobSpec);
  }
  return map;
})();

export const jobTypes = specs.map((s) => s.type) as readonly JobType[];

export function getJobSpec(type: string): JobSpec | undefined {
  return jobCatalog.get(type);
}

/** The scheduled job types, in catalog order. */
export function scheduledJobs(): JobSpec[] {
  return [...jobCatalog.values()].filter((s) => s.schedule);
}
