import { and } from 'drizzle-orm';
import { syncRunStatuses, syncRuns } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { class4Scope, class4WriteScope } from '@/lib/class4/access';
import type { Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { syncRunView } from '../views';

/** The history of pulls, newest first (platform staff). */
export const syncRunListSpec = defineListSpec<'startedAt', 'status'>({
  sortable: { startedAt: syncRuns.startedAt },
  defaultSort: '-startedAt',
  filters: { status: { column: syncRuns.status, values: syncRunStatuses } },
  searchColumns: [],
});

export async function listSyncRuns({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await class4Scope(ctx, 'class4.read');
  if (scope.kind !== 'platform') throw new ForbiddenError('The ConnexCS sync is platform staff only');
  const query = parseListQuery(input, syncRunListSpec);
  const page = await scope.run((tx) =>
    paginate(query, { id: syncRuns.id }, (k) => tx.select({ row: syncRuns, ...k.select }).from(syncRuns).where(and(k.where)).orderBy(...k.orderBy).limit(k.limit)),
  );
  return { ...page, items: page.items.map((i) => syncRunView(i.row)) };
}

/**
 * Queues a pull now, besides the schedule. One per minute: a second click in the same minute
 * answers the queued job (the job's idempotency key), so a person cannot flood ConnexCS.
 */
export async function startSyncPull({ ctx }: { ctx: Ctx }): Promise<{ jobId: string; queued: boolean }> {
  const scope = await class4WriteScope(ctx);
  return scope.run(async (tx, ctx) => {
    const minute = new Date().toISOString().slice(0, 16);
    const job = await enqueueJob('sync.pull', {}, { db: tx, idempotencyKey: `sync.pull:manual:${minute}` });
    if (job.created) await recordAudit(tx, ctx, { entity: 'sync_run', entityId: String(job.id), action: 'pull', after: { jobId: job.id } });
    return { jobId: String(job.id), queued: job.created };
  });
}
