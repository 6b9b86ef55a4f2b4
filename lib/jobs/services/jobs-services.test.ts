import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, withPlatform } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { testCtx } from '@/tests/factories';
import { claimJobs, completeJob } from '../queue';
import { writeProgress } from '../progress';
import { cancelJob } from './cancel-job';
import { getJob } from './get-job';
import { getJobProgress } from './get-job-progress';
import { listJobTypes } from './list-job-types';
import { listJobs } from './list-jobs';
import { retryJob } from './retry-job';
import { startDemoJob } from './start-demo-job';

async function auditFor(id: number, action: string) {
  return withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entity, 'job'), eq(auditEvents.entityId, String(id)), eq(auditEvents.action, action))));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

afterAll(async () => {
  await closeDb();
});

describe('jobs services', () => {
  it('starts the demo job for jobs.write only, validating the input and auditing it', async () => {
    const ctx = await testCtx();
    const { id } = await startDemoJob({ ctx, input: { batches: 3 } });
    const job = await getJob({ ctx, input: { id } });
    expect(job).toMatchObject({ type: 'demo.long', status: 'pending', payload: { batches: 3, itemsPerBatch: 10, delayMs: 500 }, maxAttempts: 3, canCancel: true, canRetry: false });
    expect(job.tags).toEqual(['demo', 'ui']);
    expect(job.events.map((e) => e.type)).toEqual(['added']);
    const [audit] = await auditFor(id, 'start');
    expect(audit).toMatchObject({ actorRole: 'super_admin', requestId: ctx.requestId });

    await expect(startDemoJob({ ctx: await testCtx('support'), input: { batches: 3 } })).rejects.toBeInstanceOf(ForbiddenError);
    const invalid = await rejection(startDemoJob({ ctx, input: { batches: 0, delayMs: -1 } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).problems.map((p) => p.path).sort()).toEqual(['batches', 'delayMs']);
    await cancelJob({ ctx, input: { id } });
  });

  it('cancels and retries with audit, refusing what the job state does not allow', async () => {
    const ctx = await testCtx('noc');
    const { id } = await enqueueJob('demo.poison', {});
    expect(await cancelJob({ ctx, input: { id: String(id) } })).toEqual({ id, status: 'cancelled' });
    expect((await auditFor(id, 'cancel'))[0]).toMatchObject({ before: { status: 'pending' }, after: { status: 'cancelled' }, actorRole: 'noc' });
    expect(await rejection(cancelJob({ ctx, input: { id } }))).toBeInstanceOf(ConflictError);

    expect(await retryJob({ ctx, input: { id } })).toEqual({ id, status: 'pending' });
    expect((await auditFor(id, 'retry'))[0]).toMatchObject({ before: { status: 'cancelled' }, after: { status: 'pending', attemptsGranted: 3 } });
    expect(await rejection(retryJob({ ctx, input: { id } }))).toBeInstanceOf(ConflictError);
    const detail = await getJob({ ctx, input: { id } });
    expect(detail.events.map((e) => e.type)).toEqual(['added', 'cancelled', 'retried']);
    expect(detail.events[1]!.metadata).toMatchObject({ by: ctx.actor.userId, requestId: ctx.requestId });

    await expect(cancelJob({ ctx: await testCtx('billing'), input: { id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getJob({ ctx, input: { id: 2_000_000_000 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryJob({ ctx, input: { id: 2_000_000_000 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getJob({ ctx, input: { id: 'abc' } })).rejects.toBeInstanceOf(ValidationError);
    await cancelJob({ ctx, input: { id } });
  });

  it('lists with type, status and tag filters, id search and keyset paging', async () => {
    const ctx = await testCtx('support');
    const tag = `svc:${randomUUID().slice(0, 8)}`;
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await enqueueJob(i < 3 ? 'demo.long' : 'demo.poison', i < 3 ? { batches: 1 } : {}, { tags: [tag] })).id);
    // One of them runs, with live progress.
    const [running] = await claimJobs('svc-worker', 1, { tag, types: ['demo.poison'] });
    await writeProgress(running!.id, { done: 3, total: 4, message: 'Batch 3 of 4' });

    const page1 = await listJobs({ ctx, input: new URLSearchParams({ tag, limit: '2' }) });
    expect(page1.items.map((j) => j.id)).toEqual([ids[4], ids[3]]);
    const page2 = await listJobs({ ctx, input: new URLSearchParams({ tag, limit: '2', cursor: page1.pageInfo.nextCursor! }) });
    const page3 = await listJobs({ ctx, input: new URLSearchParams({ tag, limit: '2', cursor: page2.pageInfo.nextCursor! }) });
    expect([...page2.items, ...page3.items].map((j) => j.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(page3.pageInfo.nextCursor).toBeNull();

    const poison = await listJobs({ ctx, input: new URLSearchParams({ tag, type: 'demo.poison' }) });
    expect(poison.items.map((j) => j.id).sort()).toEqual([ids[3], ids[4]].sort());
    const processing = await listJobs({ ctx, input: new URLSearchParams({ tag, status: 'processing' }) });
    expect(processing.items).toHaveLength(1);
    expect(processing.items[0]).toMatchObject({ id: running!.id, status: 'processing', attempts: 1, progress: { done: 3, total: 4, percent: 75, message: 'Batch 3 of 4', source: 'live' } });
    const byId = await listJobs({ ctx, input: new URLSearchParams({ q: `#${ids[1]}` }) });
    expect(byId.items.map((j) => j.id)).toContain(ids[1]);
    expect(byId.items.every((j) => j.id === ids[1] || j.type.includes(String(ids[1])))).toBe(true);

    for (const [param, value] of [
      ['status', 'exploded'],
      ['type', 'no.such'],
      ['tag', 'spaces are not tags'],
      ['cursor', 'garbage'],
    ] as const) {
      const error = await rejection(listJobs({ ctx, input: new URLSearchParams({ [param]: value }) }));
      expect(error, param).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path)).toContain(param);
    }
    await expect(listJobs({ ctx: await testCtx('customer_user', 'acme'), input: new URLSearchParams() })).rejects.toBeInstanceOf(ForbiddenError);

    const view = await getJobProgress({ ctx, input: { id: running!.id } });
    expect(view).toMatchObject({ status: 'processing', finished: false, progress: { percent: 75 } });
    await completeJob(running!.id, 'svc-worker', { durationMs: 10, progress: { done: 4, total: 4, message: 'Completed' }, attempt: 1 });
    expect(await getJobProgress({ ctx, input: { id: running!.id } })).toMatchObject({ status: 'completed', finished: true });
    for (const id of ids) await cancelJob({ ctx: await testCtx(), input: { id } }).catch(() => {});
  });

  it('describes the registered job types', async () => {
    const types = listJobTypes({ ctx: await testCtx('billing') });
    expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['demo.long', 'demo.poison', 'maintenance.reclaim-stuck', 'maintenance.redis-sweep', 'maintenance.prune-integration-calls']));
    expect(types.find((t) => t.type === 'maintenance.reclaim-stuck')).toMatchObject({ schedule: '* * * * *', maxAttempts: 1 });
    expect(() => listJobTypes({ ctx: { ...types, actor: { role: 'carrier_user' } } as never })).toThrow(ForbiddenError);
  });
});
