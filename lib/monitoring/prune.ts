import { sql } from 'drizzle-orm';
import { infraDb, withPlatform } from '@/db/client';

export type PruneResult = { snapshots: number; apiMinutes: number; alerts: number; notifications: number };

/** Deletes up to batchSize rows matching `where` per statement until none is left. */
async function inBatches(run: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await run();
    total += n;
    if (n < batchSize) return total;
  }
}

/**
 * Retention of System Status data: metric snapshots and API latency minutes after `metricsDays`,
 * resolved alerts and notifications after `historyDays`. Batched, so no statement holds many locks.
 */
export async function pruneMonitoringData(options: { metricsDays: number; historyDays: number; batchSize?: number; now?: Date }): Promise<PruneResult> {
  const db = infraDb();
  const batch = options.batchSize ?? 5000;
  const now = options.now ?? new Date();
  const metricsCutoff = new Date(now.getTime() - options.metricsDays * 86_400_000).toISOString();
  const historyCutoff = new Date(now.getTime() - options.historyDays * 86_400_000).toISOString();
  const snapshots = await inBatches(
    async () =>
      (
        await db.execute(sql`delete from metric_snapshots where ctid in (
          select ctid from metric_snapshots where minute < ${metricsCutoff}::timestamptz limit ${batch})`)
      ).count,
    batch,
  );
  const apiMinutes = await inBatches(
    async () =>
      (
        await db.execute(sql`delete from api_latency_minute where ctid in (
          select ctid from api_latency_minute where minute < ${metricsCutoff}::timestamptz limit ${batch})`)
      ).count,
    batch,
  );
  const alerts = await inBatches(
    async () =>
      (
        await db.execute(sql`delete from alerts where id in (
          select id from alerts where status = 'resolved' and resolved_at < ${historyCutoff}::timestamptz limit ${batch})`)
      ).count,
    batch,
  );
  // notifications carry tenant_id (RLS): each batch runs in platform context, in its own transaction.
  const notifications = await inBatches(
    () =>
      withPlatform(
        async (tx) =>
          (
            await tx.execute(sql`delete from notifications where id in (
              select id from notifications where created_at < ${historyCutoff}::timestamptz limit ${batch})`)
          ).count,
      ),
    batch,
  );
  return { snapshots, apiMinutes, alerts, notifications };
}
