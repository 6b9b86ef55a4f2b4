import { desc, eq, inArray } from 'drizzle-orm';
import { cronRuns } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { scheduledJobs } from '../catalog';
import { cronEndpointUrl } from '../cron';
import { nextRun, parseCron } from '../cron-expression';
import { jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import type { ScheduleItem } from '../types';

/** Every scheduled job of the catalog with its cron expression, next fire time and last cron request. */
export async function listSchedules({ ctx, now = new Date() }: { ctx: Ctx; now?: Date }): Promise<{ items: ScheduleItem[] }> {
  assertPermission(ctx, 'jobs.read');
  const defs = scheduledJobs();
  const types = defs.map((d) => d.type);
  // DISTINCT ON walks cron_runs_type_time_idx backwards: one row per job type.
  const last = types.length
    ? await infraDb()
        .selectDistinctOn([cronRuns.jobType], {
          jobType: cronRuns.jobType,
          requestedAt: cronRuns.requestedAt,
          slot: cronRuns.slot,
          source: cronRuns.source,
          outcome: cronRuns.outcome,
          jobId: cronRuns.jobId,
          jobStatus: jobQueue.status,
        })
        .from(cronRuns)
        .leftJoin(jobQueue, eq(jobQueue.id, cronRuns.jobId))
        .where(inArray(cronRuns.jobType, types))
        .orderBy(cronRuns.jobType, desc(cronRuns.requestedAt))
    : [];
  const byType = new Map(last.map((r) => [r.jobType, r]));
  return {
    items: defs.map((d) => {
      const run = byType.get(d.type);
      return {
        type: d.type,
        description: d.description,
        schedule: d.schedule!,
        endpoint: cronEndpointUrl(d.type),
        nextRunAt: nextRun(parseCron(d.schedule!), now).toISOString(),
        lastRun: run
          ? { requestedAt: run.requestedAt.toISOString(), slot: run.slot.toISOString(), source: run.source, outcome: run.outcome, jobId: run.jobId, jobStatus: run.jobStatus }
          : null,
      };
    }),
  };
}
