import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { demoLongPayload } from '../demo-schema';
import { enqueueJob } from '../enqueue';

export const startDemoJobSchema = demoLongPayload;

/** Enqueues the demo job (the Jobs page's "Start demo job"); the audit event commits with it. */
export async function startDemoJob({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ id: number }> {
  assertPermission(ctx, 'jobs.write');
  const payload = parseInput(startDemoJobSchema, input);
  return platformTx(ctx, async (tx) => {
    const job = await enqueueJob('demo.long', payload, { db: tx, tags: ['ui'] });
    await recordAudit(tx, ctx, { entity: 'job', entityId: String(job.id), action: 'start', after: { type: 'demo.long', payload } });
    return { id: job.id };
  });
}
