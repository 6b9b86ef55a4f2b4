import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db/client';
import { infraDb } from '@/db/client';
import { getJob } from '@/lib/jobs/services/get-job';
import { testCtx } from '@/tests/factories';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { demoItemCount, demoItems, jobEventTypes, jobRow, range, waitFor } from './test-support';

/**
 * The crash test: a real worker process (jobs/worker.ts, as `npm start` runs it) is killed with
 * SIGKILL in the middle of a batch; after a restart the stuck job is reclaimed by the maintenance
 * job, resumed, and completes with exactly one effect row per item.
 */
const LOCK_TIMEOUT_MS = 2_000;
const children: ChildProcess[] = [];

function startWorkerProcess(tag: string): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('jobs/worker.ts'), `--tag=${tag}`, '--concurrency=1', '--no-scheduler'], {
    cwd: process.cwd(),
    env: { ...process.env, DIDTRON_PROCESS: 'worker', JOB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  children.push(child);
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await closeDb();
});

describe('crash recovery', () => {
  it('completes a job whose worker was SIGKILLed mid-batch, with one effect row per item', { timeout: 120_000 }, async () => {
    const tag = `crash:${randomUUID()}`;
    const batches = 20;
    const itemsPerBatch = 5;
    const total = batches * itemsPerBatch;
    const { id } = await enqueueJob('demo.long', { batches, itemsPerBatch, delayMs: 400 }, { tags: [tag] });

    const first = startWorkerProcess(tag);
    // Kill it inside a batch: some, not all, of the batch's items written.
    const atKill = await waitFor(
      'the worker to be in the middle of a batch',
      async () => {
        const n = await demoItemCount(id);
        return n >= 3 * itemsPerBatch && n % itemsPerBatch !== 0 ? n : undefined;
      },
      60_000,
      10,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\nworker output:\n${first.output()}`);
    });
    first.child.kill('SIGKILL');
    expect((await exited(first.child)).signal).toBe('SIGKILL');

    const stuck = await jobRow(id);
    expect(stuck.status).toBe('processing');
    expect(stuck.attempts).toBe(1);
    const written = await demoItemCount(id);
    expect(written).toBeGreaterThanOrEqual(atKill);
    expect(written).toBeLessThan(total);

    // The dead worker's heartbeat goes stale.
    await waitFor(
      'the heartbeat to go stale',
      async () => {
        const [r] = await infraDb().execute<{ stale: boolean }>(sql`select locked_at < now() - ${LOCK_TIMEOUT_MS}::int * interval '1 millisecond' as stale from job_queue where id = ${id}`);
        return r!.stale;
      },
      30_000,
    );

    // Restart, and let the maintenance job (as the cron endpoint would enqueue it) reclaim the job.
    const second = startWorkerProcess(tag);
    const reclaim = await enqueueJob('maintenance.reclaim-stuck', {}, { tags: [tag] });
    await waitFor('the reclaim job to run', async () => (await jobRow(reclaim.id)).status === 'completed', 60_000).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\nworker output:\n${second.output()}`);
    });
    const done = await waitFor(
      'the demo job to complete after the restart',
      async () => {
        const r = await jobRow(id);
        return r.status === 'completed' ? r : undefined;
      },
      60_000,
    );

    // No loss, no duplicate.
    expect(await demoItems(id)).toEqual(range(total));
    const [counts] = await infraDb().execute<{ rows: number; distinct: number }>(
      sql`select count(*)::int as rows, count(distinct item_no)::int as distinct from demo_job_items where job_key = ${`job:${id}`}`,
    );
    expect(counts).toEqual({ rows: total, distinct: total });

    expect(done.attempts).toBe(2);
    expect(done.lockedBy).not.toBe(stuck.lockedBy);
    expect(await jobEventTypes(id)).toEqual(['added', 'processing', 'reclaimed', 'processing', 'completed']);
    const detail = await getJob({ ctx: await testCtx(), input: { id } });
    expect(detail.errors).toHaveLength(1);
    expect(detail.errors[0]).toMatchObject({ attempt: 1, workerId: stuck.lockedBy, failureReason: 'worker_lost' });
    expect(detail.progress).toMatchObject({ done: total, total, percent: 100 });
    const completed = detail.events.find((e) => e.type === 'completed');
    expect((completed!.metadata!.result as { resumedFrom: number }).resumedFrom).toBe(written);

    // And the worker shuts down gracefully on SIGTERM.
    second.child.kill('SIGTERM');
    expect((await exited(second.child)).code).toBe(0);
  });
});
