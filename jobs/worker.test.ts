import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeDb } from '@/db/client';
import { jobMeta } from '@/db/schema';
import { infraDb } from '@/db/client';
import { readProgress } from '@/lib/jobs/progress';
import { cancelJob, insertJob } from '@/lib/jobs/queue';
import { getJob } from '@/lib/jobs/services/get-job';
import { testCtx } from '@/tests/factories';
import { eq } from 'drizzle-orm';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { demoItemCount, demoItems, jobEventTypes, jobRow, range, waitFor } from './test-support';
import { startWorker, type WorkerHandle, type WorkerOptions } from './worker';

/**
 * Real workers (the processor and the job wrapper) in this process, on the test database. Each
 * test routes its jobs with a tag of its own, so workers of other tests (and files) never take them.
 */
const running: WorkerHandle[] = [];

async function worker(tag: string, options: WorkerOptions = {}): Promise<WorkerHandle> {
  const w = await startWorker({ tag, concurrency: 1, pollMs: 50, lockTimeoutMs: 3_000, scheduler: false, ...options });
  running.push(w);
  return w;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});

afterAll(async () => {
  await closeDb();
});

describe('the job processor', () => {
  it('never runs one job twice (let alone at once) with 20 concurrent workers', async () => {
    const tag = `t:${randomUUID()}`;
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push((await enqueueJob('demo.long', { batches: 2, itemsPerBatch: 3, delayMs: 30 }, { tags: [tag] })).id);
    const workers = await Promise.all(range(20).map(() => worker(tag)));

    await waitFor('all 40 jobs to complete', async () => {
      const [r] = await infraDb().execute<{ n: number }>(sql`select count(*)::int as n from job_queue where ${tag} = any(tags) and status = 'completed'`);
      return r!.n === 40;
    }, 60_000);

    const owners = new Set<string>();
    for (const id of ids) {
      const row = await jobRow(id);
      expect(row.attempts).toBe(1);
      owners.add(row.lockedBy!);
      // One claim, one completion: the job ran exactly once.
      expect(await jobEventTypes(id)).toEqual(['added', 'processing', 'completed']);
      expect(await demoItems(id)).toEqual(range(6));
    }
    // They really ran concurrently, on many workers.
    expect(owners.size).toBeGreaterThan(1);
    const totals = workers.map((w) => w.stats());
    expect(totals.reduce((sum, s) => sum + s.completed, 0)).toBe(40);
    expect(totals.every((s) => s.failed === 0 && s.lost === 0)).toBe(true);
  });

  it('ends a poison job failed after its maximum attempts, with every error visible', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.poison', { message: 'bad data in row 7' }, { tags: [tag] });
    await worker(tag);
    const row = await waitFor('the poison job to fail for good', async () => {
      const r = await jobRow(id);
      return r.status === 'failed' && r.nextAttemptAt === null ? r : undefined;
    });
    expect(row).toMatchObject({ attempts: 3, maxAttempts: 3, failureReason: 'handler_error' });
    expect(row.errorHistory!.map((e) => e.message)).toEqual([1, 2, 3].map((n) => `Poison job (attempt ${n}): bad data in row 7`));
    expect(await jobEventTypes(id)).toEqual(['added', 'processing', 'failed', 'processing', 'failed', 'processing', 'failed']);

    // As staff see it.
    const detail = await getJob({ ctx: await testCtx('support'), input: { id } });
    expect(detail).toMatchObject({ status: 'failed', willRetry: false, attempts: 3, canRetry: true, canCancel: false, lastError: 'Poison job (attempt 3): bad data in row 7' });
    expect(detail.errors.map((e) => [e.attempt, e.failureReason])).toEqual([
      [1, 'handler_error'],
      [2, 'handler_error'],
      [3, 'handler_error'],
    ]);
    expect(detail.errors[0]!.stack).toContain('demo-poison');
    const failures = detail.events.filter((e) => e.type === 'failed').map((e) => e.metadata?.willRetry);
    expect(failures).toEqual([true, true, false]);
  });

  it('reports live progress to Redis and keeps the final progress in Postgres', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.long', { batches: 8, itemsPerBatch: 2, delayMs: 100 }, { tags: [tag] });
    await worker(tag);
    const live = await waitFor('live progress mid-run', async () => {
      const p = await readProgress(id);
      return p && p.done !== null && p.done > 0 && p.done < 16 ? p : undefined;
    });
    expect(live).toMatchObject({ total: 16, source: 'live' });
    expect(live.message).toMatch(/^Batch \d of 8$/);
    await waitFor('completion', async () => (await jobRow(id)).status === 'completed');
    const [meta] = await infraDb().select().from(jobMeta).where(eq(jobMeta.jobId, id));
    expect(meta).toMatchObject({ progressDone: 16, progressTotal: 16, progressMessage: 'Completed' });
    expect(meta!.lastDurationMs).toBeGreaterThan(0);
    // Finished jobs still show 100 % once the Redis hash is gone.
    await infraDb().execute(sql`delete from redis_kv where key like ${`%job:${id}:progress`}`);
    const detail = await getJob({ ctx: await testCtx(), input: { id } });
    expect(detail.progress).toMatchObject({ done: 16, total: 16, percent: 100, source: 'final' });
  });

  it('stops a running job that is cancelled, without completing it', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.long', { batches: 50, itemsPerBatch: 2, delayMs: 100 }, { tags: [tag] });
    const w = await worker(tag);
    await waitFor('the job to make progress', async () => (await demoItemCount(id)) >= 4);
    expect(await cancelJob(id, { by: 'test' })).toBe(true);
    await waitFor('the worker to give the job up', async () => w.stats().lost === 1);
    const row = await jobRow(id);
    expect(row.status).toBe('cancelled');
    expect(await demoItemCount(id)).toBeLessThan(100);
    expect(await jobEventTypes(id)).toEqual(['added', 'processing', 'cancelled']);
  });

  it('fails an attempt that exceeds its timeout, and retries it', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.long', { batches: 50, itemsPerBatch: 1, delayMs: 200 }, { tags: [tag] });
    await infraDb().execute(sql`update job_queue set timeout_ms = 300 where id = ${id}`);
    await worker(tag);
    const row = await waitFor('the first attempt to time out', async () => {
      const r = await jobRow(id);
      return r.status === 'failed' ? r : undefined;
    });
    expect(row).toMatchObject({ failureReason: 'timeout', attempts: 1 });
    expect(row.nextAttemptAt).not.toBeNull();
    expect(row.errorHistory![0]!.message).toBe('Timed out after 300 ms');
    await cancelJob(id, { by: 'test' });
  });

  it('fails for good a job whose payload is invalid or whose type has no handler', async () => {
    const tag = `t:${randomUUID()}`;
    const bad = await insertJob(infraDb(), { type: 'demo.long', payload: { batches: 'many' }, maxAttempts: 3, timeoutMs: null, tags: [tag] });
    const unknown = await insertJob(infraDb(), { type: 'test.no-such-type', payload: {}, maxAttempts: 3, timeoutMs: null, tags: [tag] });
    await worker(tag);
    const badRow = await waitFor('the invalid payload to fail', async () => {
      const r = await jobRow(bad.id);
      return r.status === 'failed' ? r : undefined;
    });
    expect(badRow).toMatchObject({ failureReason: 'invalid_payload', attempts: 1, nextAttemptAt: null });
    expect(badRow.errorHistory![0]!.message).toMatch(/^Invalid payload: batches: /);
    const unknownRow = await waitFor('the unknown type to fail', async () => {
      const r = await jobRow(unknown.id);
      return r.status === 'failed' ? r : undefined;
    });
    expect(unknownRow).toMatchObject({ failureReason: 'no_handler', nextAttemptAt: null });
  });

  it('hands running jobs back on shutdown, and the next worker resumes them without duplicates', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.long', { batches: 10, itemsPerBatch: 2, delayMs: 100 }, { tags: [tag] });
    const first = await worker(tag, { shutdownGraceMs: 100 });
    await waitFor('a few batches', async () => (await demoItemCount(id)) >= 6);
    await first.stop();
    expect(first.stats().released).toBe(1);
    const released = await jobRow(id);
    expect(released).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null });
    const before = await demoItemCount(id);
    expect(before).toBeLessThan(20);

    await worker(tag);
    await waitFor('completion by the second worker', async () => (await jobRow(id)).status === 'completed');
    expect(await demoItems(id)).toEqual(range(20));
    expect(await jobEventTypes(id)).toEqual(['added', 'processing', 'released', 'processing', 'completed']);
    const [completed] = (await getJob({ ctx: await testCtx(), input: { id } })).events.filter((e) => e.type === 'completed');
    expect((completed!.metadata!.result as { resumedFrom: number }).resumedFrom).toBe(before);
  });
});
