import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeDb, withPlatform } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { jobRow, waitFor } from './test-support';
import { startWorker, type WorkerHandle } from './worker';

const running: WorkerHandle[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});
afterAll(async () => {
  await closeDb();
});

describe('jobs act as a named system actor', () => {
  it('the demo job’s audit event names the system actor demo-jobs, not a user', async () => {
    const tag = `t:${randomUUID()}`;
    const { id } = await enqueueJob('demo.long', { batches: 1, itemsPerBatch: 2, delayMs: 0 }, { tags: [tag] });
    running.push(await startWorker({ tag, concurrency: 1, pollMs: 50, lockTimeoutMs: 3_000, scheduler: false }));
    await waitFor('the demo job to complete', async () => (await jobRow(id)).status === 'completed', 30_000);

    const events = await withPlatform((tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, 'job'), eq(auditEvents.entityId, String(id)))),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'demo.completed',
      actorKind: 'system',
      actorName: 'demo-jobs',
      actorId: null,
      actorRole: 'system',
      impersonatorId: null,
      tenantId: (await lookupSlug('didtron'))!.tenantId,
      after: { type: 'demo.long', items: 2, resumedFrom: 0 },
    });
    expect(events[0]!.requestId).toMatch(/^system:demo-jobs:/);
  });
});
