import { eq } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { jobQueue } from '@/db/schema/dataqueue';
import { cancelJob as cancelQueuedJob } from '../queue';
import { jobIdSchema } from './get-job';

/**
 * Cancels a job that has not finished. A running job's worker notices within a second of its next
 * progress report (or at its next heartbeat) and stops; it can no longer complete the job.
 */
export async function cancelJob({ ctx, input }: { ctx: Ctx; input: { id: string | number } }): Promise<{ id: number; status: 'cancelled' }> {
  assertPermission(ctx, 'jobs.write');
  const { id } = parseInput(jobIdSchema, input);
  return platformTx(ctx, async (tx) => {
    const [before] = await tx
      .select({ status: jobQueue.status, attempts: jobQueue.attempts, nextAttemptAt: jobQueue.nextAttemptAt })
      .from(jobQueue)
      .where(eq(jobQueue.id, id))
      .for('update');
    if (!before) throw new NotFoundError(`Job ${id} not found`);
    const cancelled = await cancelQueuedJob(id, { by: ctx.actor.userId, email: ctx.actor.email, requestId: ctx.requestId }, tx);
    if (!cancelled) throw new ConflictError(`Job ${id} is ${before.status} and can no longer be cancelled`);
    await recordAudit(tx, ctx, { entity: 'job', entityId: String(id), action: 'cancel', before, after: { status: 'cancelled' } });
    return { id, status: 'cancelled' as const };
  });
}
