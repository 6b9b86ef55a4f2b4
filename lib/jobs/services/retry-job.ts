import { eq } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { jobQueue } from '@/db/schema/dataqueue';
import { getJobSpec } from '../catalog';
import { retryJob as retryQueuedJob } from '../queue';
import { jobIdSchema } from './get-job';

/** Runs a failed or cancelled job again now, with a fresh budget of its type's attempts. */
export async function retryJob({ ctx, input }: { ctx: Ctx; input: { id: string | number } }): Promise<{ id: number; status: 'pending' }> {
  assertPermission(ctx, 'jobs.write');
  const { id } = parseInput(jobIdSchema, input);
  return platformTx(ctx, async (tx) => {
    const [before] = await tx
      .select({ status: jobQueue.status, jobType: jobQueue.jobType, attempts: jobQueue.attempts, maxAttempts: jobQueue.maxAttempts })
      .from(jobQueue)
      .where(eq(jobQueue.id, id))
      .for('update');
    if (!before) throw new NotFoundError(`Job ${id} not found`);
    const budget = getJobSpec(before.jobType)?.maxAttempts ?? 3;
    const retried = await retryQueuedJob(id, budget, { by: ctx.actor.userId, email: ctx.actor.email, requestId: ctx.requestId }, tx);
    if (!retried) throw new ConflictError(`Job ${id} is ${before.status}; only a failed or cancelled job can be retried`);
    await recordAudit(tx, ctx, { entity: 'job', entityId: String(id), action: 'retry', before, after: { status: 'pending', attemptsGranted: budget } });
    return { id, status: 'pending' as const };
  });
}
