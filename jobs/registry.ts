import type { z } from 'zod';
import { demoLong } from './demo-long';
import { demoPoison } from './demo-poison';
import type { JobDefinition } from './define';
import { pruneCalls } from './maintenance-prune-integration-calls';
import { pruneJobs } from './maintenance-prune-jobs';
import { redisSweep } from './maintenance-redis-sweep';
import { reclaimStuck } from './maintenance-reclaim-stuck';
import { monitoringCollect } from './monitoring-collect';
import { monitoringEvaluate } from './monitoring-evaluate';
import { monitoringPrune } from './monitoring-prune';

/**
 * Every job type the platform runs: one file per type in jobs/, registered here. The worker runs
 * these handlers, /api/cron/<type> exists for the scheduled ones, and the Jobs pages read their
 * descriptions and schedules from here.
 */
const definitions = [demoLong, demoPoison, reclaimStuck, redisSweep, pruneCalls, pruneJobs, monitoringCollect, monitoringEvaluate, monitoringPrune] as const;

type Definitions = (typeof definitions)[number];
export type JobType = Definitions['type'];
type DefinitionOf<T extends JobType> = Extract<Definitions, { type: T }>;
/** What a caller passes to enqueue (defaults not yet applied). */
export type JobPayloadInput<T extends JobType> = z.input<DefinitionOf<T>['payload']>;
/** What the handler receives. */
export type JobPayload<T extends JobType> = z.output<DefinitionOf<T>['payload']>;

export const jobRegistry: ReadonlyMap<string, JobDefinition> = (() => {
  const map = new Map<string, JobDefinition>();
  for (const def of definitions) {
    if (map.has(def.type)) throw new Error(`job type ${def.type} is registered twice`);
    map.set(def.type, def as unknown as JobDefinition);
  }
  return map;
})();

export const jobTypes = definitions.map((d) => d.type) as readonly JobType[];

export function getJobDefinition(type: string): JobDefinition | undefined {
  return jobRegistry.get(type);
}

export function isJobType(type: string): type is JobType {
  return jobRegistry.has(type);
}

/** The scheduled jobs, in registry order. */
export function scheduledJobs(): JobDefinition[] {
  return [...jobRegistry.values()].filter((d) => d.schedule);
}
