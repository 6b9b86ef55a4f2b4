import { and, eq, ne, sql } from 'drizzle-orm';
import { withPlatform } from '@/db/client';
import { alerts } from '@/db/schema';

/**
 * The System Status alert of a failing push: raised (one active alert per sync item, the alerts
 * table's partial unique index) when a record's push has failed SYNC_ALERT_AFTER times in a row,
 * resolved by its next success. It lives beside the budget alerts on /system/alerts; the evaluator
 * only touches alerts whose key is a budget's, so this one stays until the push succeeds or a
 * person resolves it.
 */
export const syncAlertKey = (itemId: string) => `sync.push:${itemId}`;

export async function raiseSyncAlert(input: { itemId: string; entity: string; entityId: string; failures: number; error: string }): Promise<void> {
  const now = new Date();
  await withPlatform((tx) =>
    tx
      .insert(alerts)
      .values({
        key: syncAlertKey(input.itemId),
        severity: 'warning',
        status: 'open',
        title: 'ConnexCS push failing',
        message: `The push of ${input.entity} ${input.entityId} to ConnexCS failed ${input.failures} times in a row: ${input.error}`.slice(0, 2000),
        metric: 'sync.consecutive_failures',
        series: input.itemId,
        unit: 'failures',
        value: input.failures,
        threshold: input.failures,
        windowMinutes: 0,
        firstSeenAt: now,
        lastSeenAt: now,
      })
      .onConflictDoNothing({ target: alerts.key, where: sql`${alerts.status} <> 'resolved'` }),
  );
}

export async function resolveSyncAlert(itemId: string): Promise<void> {
  await withPlatform((tx) =>
    tx
      .update(alerts)
      .set({ status: 'resolved', resolvedAt: sql`now()`, resolvedBy: null })
      .where(and(eq(alerts.key, syncAlertKey(itemId)), ne(alerts.status, 'resolved'))),
  );
}
