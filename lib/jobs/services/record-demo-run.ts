import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type AnyCtx } from '@/lib/context';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({
  jobId: z.int().positive(),
  items: z.int().min(0),
  resumedFrom: z.int().min(0),
});

/**
 * The demo job's record of its finished run (jobs/demo-long.ts), made by the job itself: its audit
 * event names the system actor it runs as (`demo-jobs`), never a user.
 */
export async function recordDemoRun({ ctx, input }: { ctx: AnyCtx; input: z.input<typeof inputSchema> }): Promise<void> {
  assertPermission(ctx, 'jobs.write');
  const { jobId, items, resumedFrom } = parseInput(inputSchema, input);
  await platformTx(ctx, (tx) => recordAudit(tx, ctx, { entity: 'job', entityId: String(jobId), action: 'demo.completed', after: { type: 'demo.long', items, resumedFrom } }));
}
