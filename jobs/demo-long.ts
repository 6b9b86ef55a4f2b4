import { setTimeout as sleep } from 'node:timers/promises';
import { count, eq } from 'drizzle-orm';
import { demoJobItems } from '@/db/schema';
import { infraDb } from '@/db/client';
import { systemCtx } from '@/lib/context';
import { demoLongJob } from '@/lib/jobs/jobs';
import { recordDemoRun } from '@/lib/jobs/services/record-demo-run';
import { bindJob } from './define';

/**
 * The demo of the job system (Jobs page "Start demo job", the crash test): processes N batches,
 * writing one demo_job_items row per item. The row's key (job, item) makes the effect idempotent:
 * a batch cut short by a crash is simply run again on the next attempt, and items already written
 * are skipped by ON CONFLICT DO NOTHING. The effect table is also the resume point.
 */
export const demoLong = bindJob(demoLongJob, async (payload, ctx) => {
  const db = infraDb();
  const jobKey = `job:${ctx.jobId}`;
  const total = payload.batches * payload.itemsPerBatch;
  const [row] = await db.select({ n: count() }).from(demoJobItems).where(eq(demoJobItems.jobKey, jobKey));
  const already = row?.n ?? 0;
  // Rows are written in item order, so whole batches below the count are done; the batch the
  // count falls in is redone (its written items are skipped by the key).
  let batch = Math.min(Math.floor(already / payload.itemsPerBatch), payload.batches);
  await ctx.progress(batch * payload.itemsPerBatch, total, already > 0 ? `Resuming at batch ${batch + 1} of ${payload.batches}` : 'Starting');
  const pause = payload.delayMs / payload.itemsPerBatch;
  for (; batch < payload.batches; batch++) {
    const first = batch * payload.itemsPerBatch;
    if (pause === 0) {
      // No pause to show: the batch is one multi-row statement, as real batch jobs write.
      ctx.signal.throwIfAborted();
      const values = Array.from({ length: payload.itemsPerBatch }, (_, i) => ({ jobKey, itemNo: first + i }));
      await db.insert(demoJobItems).values(values).onConflictDoNothing();
    } else {
      for (let i = 0; i < payload.itemsPerBatch; i++) {
        ctx.signal.throwIfAborted();
        await db
          .insert(demoJobItems)
          .values({ jobKey, itemNo: first + i })
          .onConflictDoNothing();
        await sleep(pause, undefined, { signal: ctx.signal });
      }
    }
    await ctx.progress((batch + 1) * payload.itemsPerBatch, total, `Batch ${batch + 1} of ${payload.batches}`);
  }
  // The job acts as the system actor `demo-jobs`: its audit event names it.
  await recordDemoRun({ ctx: systemCtx('demo-jobs'), input: { jobId: ctx.jobId, items: total, resumedFrom: already } });
  return { items: total, resumedFrom: already };
});
