import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db/client';
import { jobMeta } from '@/db/schema';
import { jobEvents, jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import { cancelJob, claimJobs, completeJob, failJob, heartbeat, insertJob, reclaimStuckJobs, releaseJob, retryJob, type NewJob } from './queue';

/**
 * The queue protocol against DataQueue's real tables, as the app role. Every job of this file
 * carries a tag of its own and claims filter on it, so concurrent test files never share jobs.
 */
const tag = `queue-test:${randomUUID()}`;
const noProgress = { done: null, total: null, message: null };

function newJob(extra: Partial<NewJob> = {}): NewJob {
  return { type: 'test.queue', payload: { n: 1 }, maxAttempts: 3, timeoutMs: null, tags: [tag], ...extra };
}

async function row(id: number) {
  const [r] = await infraDb().select().from(jobQueue).where(eq(jobQueue.id, id));
  return r!;
}

async function events(id: number) {
  return infraDb().select().from(jobEvents).where(eq(jobEvents.jobId, id)).orderBy(asc(jobEvents.id));
}

async function claimOne(workerId: string) {
  const [job] = await claimJobs(workerId, 1, { tag });
  return job;
}

afterAll(async () => {
  await closeDb();
});

describe('enqueue', () => {
  it('writes a DataQueue row and its added event', async () => {
    const { id, created } = await insertJob(infraDb(), newJob({ payload: { hello: 'world' }, timeoutMs: 5000, maxAttempts: 4 }));
    expect(created).toBe(true);
    const r = await row(id);
    expect(r).toMatchObject({ jobType: 'test.queue', payload: { hello: 'world' }, status: 'pending', attempts: 0, maxAttempts: 4, timeoutMs: 5000, tags: [tag] });
    expect((await events(id)).map((e) => e.eventType)).toEqual(['added']);
    await cancelJob(id, { by: 'test' });
  });

  it('creates exactly one job per idempotency key, even for 20 concurrent enqueues', async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => insertJob(infraDb(), newJob({ idempotencyKey: key }))));
    const ids = new Set(results.map((r) => r.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [id] = [...ids];
    const [count] = await infraDb().execute<{ n: string }>(sql`select count(*)::text as n from job_meta where idempotency_key = ${key}`);
    expect(count!.n).toBe('1');
    expect((await events(id!)).filter((e) => e.eventType === 'added')).toHaveLength(1);
    // A later enqueue with the key still returns the same job.
    expect(await insertJob(infraDb(), newJob({ idempotencyKey: key }))).toEqual({ id, created: false });
    await cancelJob(id!, { by: 'test' });
  });
});

describe('claiming', () => {
  it('never hands one job to two of 20 concurrent claimers', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await insertJob(infraDb(), newJob())).id);
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => claimJobs(`claimer-${i}`, 1, { tag })));
    const claimed = claims.flat().map((j) => j.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort((a, b) => a - b)).toEqual(ids);
    for (const id of ids) {
      const r = await row(id);
      expect(r.status).toBe('processing');
      expect(r.attempts).toBe(1);
      expect((await events(id)).filter((e) => e.eventType === 'processing')).toHaveLength(1);
    }
    for (const [i, batch] of claims.entries()) for (const job of batch) await completeJob(job.id, `claimer-${i}`, { durationMs: 1, progress: noProgress, attempt: 1 });
  });

  it('skips jobs whose run_at is in the future and jobs of other types', async () => {
    const later = await insertJob(infraDb(), newJob({ runAt: new Date(Date.now() + 3_600_000) }));
    const other = await insertJob(infraDb(), newJob({ type: 'test.other' }));
    expect(await claimJobs('w', 5, { tag, types: ['test.queue'] })).toEqual([]);
    const [job] = await claimJobs('w', 5, { tag, types: ['test.other'] });
    expect(job?.id).toBe(other.id);
    await completeJob(other.id, 'w', { durationMs: 1, progress: noProgress, attempt: 1 });
    await cancelJob(later.id, { by: 'test' });
  });
});

describe('ownership', () => {
  it('lets only the owning worker beat, complete or fail a job, and mirrors the final progress', async () => {
    const { id } = await insertJob(infraDb(), newJob());
    const job = await claimOne('owner');
    expect(job?.id).toBe(id);
    expect(await heartbeat(id, 'intruder')).toBe(false);
    expect(await completeJob(id, 'intruder', { durationMs: 5, progress: noProgress, attempt: 1 })).toBe(false);
    expect((await failJob(id, 'intruder', { error: { message: 'x' }, failureReason: 'handler_error', backoffMs: 10, durationMs: 1, progress: noProgress, attempt: 1 })).owned).toBe(false);
    expect((await row(id)).status).toBe('processing');

    expect(await heartbeat(id, 'owner')).toBe(true);
    expect(await completeJob(id, 'owner', { durationMs: 1234, progress: { done: 20, total: 20, message: 'Completed' }, attempt: 1, result: { ok: 1 } })).toBe(true);
    const r = await row(id);
    expect(r.status).toBe('completed');
    expect(r.completedAt).toBeInstanceOf(Date);
    const [meta] = await infraDb().select().from(jobMeta).where(eq(jobMeta.jobId, id));
    expect(meta).toMatchObject({ progressDone: 20, progressTotal: 20, progressMessage: 'Completed', lastDurationMs: 1234 });
    const completed = (await events(id)).filter((e) => e.eventType === 'completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.metadata).toMatchObject({ workerId: 'owner', durationMs: 1234, result: { ok: 1 } });
    // Finished: nobody owns it any more.
    expect(await completeJob(id, 'owner', { durationMs: 1, progress: noProgress, attempt: 1 })).toBe(false);
    expect(await heartbeat(id, 'owner')).toBe(false);
  });
});

describe('failure and retry', () => {
  it('backs off between attempts and ends failed with every error recorded', async () => {
    const { id } = await insertJob(infraDb(), newJob({ maxAttempts: 2 }));
    await claimOne('w1');
    const first = await failJob(id, 'w1', { error: { message: 'boom 1', stack: 'Error: boom 1\n at x' }, failureReason: 'handler_error', backoffMs: 60_000, durationMs: 10, progress: noProgress, attempt: 1 });
    expect(first).toMatchObject({ owned: true, willRetry: true });
    const r1 = await row(id);
    expect(r1.status).toBe('failed');
    expect(r1.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: nothing to claim.
    expect(await claimOne('w2')).toBeUndefined();
    // Time passes (the backoff is over).
    await infraDb().execute(sql`update job_queue set next_attempt_at = now() - interval '1 second' where id = ${id}`);
    const again = await claimOne('w2');
    expect(again).toMatchObject({ id, attempts: 2 });
    const last = await failJob(id, 'w2', { error: { message: 'boom 2' }, failureReason: 'handler_error', backoffMs: 60_000, durationMs: 10, progress: noProgress, attempt: 2 });
    expect(last).toMatchObject({ owned: true, willRetry: false, nextAttemptAt: null });
    const r2 = await row(id);
    expect(r2).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: null, failureReason: 'handler_error' });
    expect(r2.errorHistory!.map((e) => [e.message, e.attempt, e.workerId])).toEqual([
      ['boom 1', 1, 'w1'],
      ['boom 2', 2, 'w2'],
    ]);
    expect(r2.errorHistory![0]!.stack).toContain('at x');
    await infraDb().execute(sql`update job_queue set next_attempt_at = now() - interval '1 second' where id = ${id}`);
    expect(await claimOne('w3')).toBeUndefined();

    // A manual retry grants a fresh budget and runs it now.
    expect(await retryJob(id, 2, { by: 'test' })).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'pending', maxAttempts: 4 });
    expect((await claimOne('w4'))?.attempts).toBe(3);
    await completeJob(id, 'w4', { durationMs: 1, progress: noProgress, attempt: 3 });
    expect(await retryJob(id, 2, { by: 'test' })).toBe(false);
  });

  it('never retries a permanent failure', async () => {
    const { id } = await insertJob(infraDb(), newJob({ maxAttempts: 5 }));
    await claimOne('w');
    const r = await failJob(id, 'w', { error: { message: 'bad payload' }, failureReason: 'invalid_payload', permanent: true, backoffMs: 1, durationMs: 1, progress: noProgress, attempt: 1 });
    expect(r.willRetry).toBe(false);
    expect(await row(id)).toMatchObject({ status: 'failed', nextAttemptAt: null, failureReason: 'invalid_payload' });
  });
});

describe('reclaim, cancel, release', () => {
  it('requeues a job whose worker went silent, and fails it when that was its last attempt', async () => {
    const a = await insertJob(infraDb(), newJob({ maxAttempts: 3 }));
    const b = await insertJob(infraDb(), newJob({ maxAttempts: 1 }));
    const fresh = await insertJob(infraDb(), newJob({ maxAttempts: 3 }));
    const claimed = await claimJobs('dead-worker', 3, { tag });
    expect(claimed.map((j) => j.id).sort()).toEqual([a.id, b.id, fresh.id].sort());
    // The dead worker's heartbeats stopped an hour ago; `fresh` keeps beating. Both steps in one
    // transaction so that no other session's reclaim sees the back-dated rows.
    const result = await infraDb().transaction(async (tx) => {
      await tx.execute(sql`update job_queue set locked_at = now() - interval '1 hour' where id in (${a.id}, ${b.id})`);
      return reclaimStuckJobs(60_000, tx);
    });
    expect(result.requeued).toContain(a.id);
    expect(result.failed).toContain(b.id);
    expect(result.requeued).not.toContain(fresh.id);
    expect(await row(a.id)).toMatchObject({ status: 'pending', lockedBy: null, attempts: 1 });
    const failed = await row(b.id);
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'worker_lost', nextAttemptAt: null });
    expect(failed.errorHistory!.at(-1)!.message).toMatch(/dead-worker stopped sending heartbeats during attempt 1/);
    expect((await events(a.id)).map((e) => e.eventType)).toEqual(['added', 'processing', 'reclaimed']);
    // The dead worker, should it wake up, can no longer complete it.
    expect(await completeJob(a.id, 'dead-worker', { durationMs: 1, progress: noProgress, attempt: 1 })).toBe(false);
    expect((await row(fresh.id)).status).toBe('processing');
    // Clean up: the requeued job runs to completion, the fresh one completes.
    const again = await claimJobs('w', 1, { tag });
    expect(again[0]?.id).toBe(a.id);
    await completeJob(a.id, 'w', { durationMs: 1, progress: noProgress, attempt: 2 });
    await completeJob(fresh.id, 'dead-worker', { durationMs: 1, progress: noProgress, attempt: 1 });
  });

  it('cancels pending and running jobs (the worker loses ownership) but not finished ones', async () => {
    const pending = await insertJob(infraDb(), newJob());
    expect(await cancelJob(pending.id, { by: 'someone' })).toBe(true);
    expect((await row(pending.id)).status).toBe('cancelled');
    expect(await cancelJob(pending.id, { by: 'someone' })).toBe(false);

    const running = await insertJob(infraDb(), newJob());
    await claimOne('busy');
    expect(await cancelJob(running.id, { by: 'someone' })).toBe(true);
    expect(await heartbeat(running.id, 'busy')).toBe(false);
    expect(await completeJob(running.id, 'busy', { durationMs: 1, progress: noProgress, attempt: 1 })).toBe(false);
    expect((await row(running.id)).status).toBe('cancelled');
    const cancelled = (await events(running.id)).find((e) => e.eventType === 'cancelled');
    expect(cancelled?.metadata).toEqual({ by: 'someone' });
  });

  it('hands a job back on shutdown without spending the attempt', async () => {
    const { id } = await insertJob(infraDb(), newJob());
    await claimOne('leaving');
    expect(await releaseJob(id, 'someone-else')).toBe(false);
    expect(await releaseJob(id, 'leaving')).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null });
    const job = await claimOne('next');
    expect(job).toMatchObject({ id, attempts: 1 });
    await completeJob(id, 'next', { durationMs: 1, progress: noProgress, attempt: 1 });
    const types = (await events(id)).map((e) => e.eventType);
    expect(types).toEqual(['added', 'processing', 'released', 'processing', 'completed']);
    const [meta] = await infraDb().select().from(jobMeta).where(and(eq(jobMeta.jobId, id)));
    expect(meta?.lastDurationMs).toBe(1);
  });
});
