import { eq } from 'drizzle-orm';
import { jobMeta } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import { isFinished, type JobProgressView } from '../types';
import { jobMetaJoin, jobRowColumns, toJobItem } from './job-views';
import { jobIdSchema } from './get-job';

/** The light view the progress component polls every second: status, attempts, progress, last error. */
export async function getJobProgress({ ctx, input }: { ctx: Ctx; input: { id: string | number } }): Promise<JobProgressView> {
  assertPermission(ctx, 'jobs.read');
  const { id } = parseInput(jobIdSchema, input);
  const [row] = await infraDb().select(jobRowColumns).from(jobQueue).leftJoin(jobMeta, jobMetaJoin).where(eq(jobQueue.id, id));
  if (!row) throw new NotFoundError(`Job ${id} not found`);
  const item = await toJobItem(row);
  return {
    id: item.id,
    type: item.type,
    status: item.status,
    willRetry: item.willRetry,
    attempts: item.attempts,
    maxAttempts: item.maxAttempts,
    lastError: item.lastError,
    progress: item.progress,
    finished: isFinished(item),
  };
}
