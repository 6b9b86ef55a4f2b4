import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { jobMeta } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { jobEvents, jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import { getJobSpec } from '../catalog';
import { isFinished, type JobDetail } from '../types';
import { iso, jobMetaJoin, jobRowColumns, toJobItem } from './job-views';

export const jobIdSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Events shown per job; a job that retried for days keeps its first and recent history readable. */
const MAX_EVENTS = 500;

/** One job with its payload, events (oldest first) and every recorded error. */
export async function getJob({ ctx, input }: { ctx: Ctx; input: { id: string | number } }): Promise<JobDetail> {
  assertPermission(ctx, 'jobs.read');
  const { id } = parseInput(jobIdSchema, input);
  const db = infraDb();
  const [row] = await db
    .select({
      ...jobRowColumns,
      payload: jobQueue.payload,
      priority: jobQueue.priority,
      runAt: jobQueue.runAt,
      lockedBy: jobQueue.lockedBy,
      lockedAt: jobQueue.lockedAt,
      lastFailedAt: jobQueue.lastFailedAt,
      lastCancelledAt: jobQueue.lastCancelledAt,
      lastRetriedAt: jobQueue.lastRetriedAt,
      failureReason: jobQueue.failureReason,
      timeoutMs: jobQueue.timeoutMs,
      errorHistory: jobQueue.errorHistory,
      idempotencyKey: jobMeta.idempotencyKey,
    })
    .from(jobQueue)
    .leftJoin(jobMeta, jobMetaJoin)
    .where(eq(jobQueue.id, id));
  if (!row) throw new NotFoundError(`Job ${id} not found`);
  const events = await db.select().from(jobEvents).where(eq(jobEvents.jobId, id)).orderBy(asc(jobEvents.id)).limit(MAX_EVENTS);
  const item = await toJobItem(row);
  const status = item.status;
  return {
    ...item,
    description: getJobSpec(row.jobType)?.description ?? null,
    payload: row.payload,
    priority: row.priority ?? 0,
    runAt: iso(row.runAt),
    lockedBy: row.lockedBy,
    lockedAt: iso(row.lockedAt),
    lastFailedAt: iso(row.lastFailedAt),
    lastCancelledAt: iso(row.lastCancelledAt),
    lastRetriedAt: iso(row.lastRetriedAt),
    failureReason: row.failureReason,
    timeoutMs: row.timeoutMs,
    idempotencyKey: row.idempotencyKey,
    events: events.map((e) => ({ id: e.id, type: e.eventType, at: iso(e.createdAt), metadata: (e.metadata as Record<string, unknown> | null) ?? null })),
    errors: (row.errorHistory ?? []).map((e) => ({
      message: e.message,
      timestamp: e.timestamp,
      attempt: e.attempt ?? null,
      workerId: e.workerId ?? null,
      failureReason: e.failureReason ?? null,
      stack: e.stack ?? null,
    })),
    canRetry: status === 'failed' || status === 'cancelled',
    canCancel: !isFinished(item),
  };
}
