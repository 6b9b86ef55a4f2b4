import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { syncItems, type SyncEntity } from '@/db/schema';
import { enqueueJob } from '@/lib/jobs/enqueue';

/**
 * The outbox of the ConnexCS sync: called by a service right after its write, in the write's
 * transaction. It bumps the entity's push item (creating it on first write) and enqueues the
 * `sync.push` job of that generation; both are rows of this transaction, so a rolled-back write
 * pushes nothing and a committed one is always pushed (the job reads the record's current state).
 */
export async function queueSyncPush(tx: Tx, input: { tenantId: string; entity: SyncEntity; entityId: string }): Promise<{ itemId: string; generation: number }> {
  const [row] = await tx
    .insert(syncItems)
    .values({ tenantId: input.tenantId, entity: input.entity, entityId: input.entityId, direction: 'push', status: 'pending' })
    .onConflictDoUpdate({
      target: [syncItems.tenantId, syncItems.entity, syncItems.entityId, syncItems.direction],
      // A conflict stays a conflict until a person resolves it (the push then only refreshes our value).
      set: { generation: sql`${syncItems.generation} + 1`, status: sql`case when ${syncItems.status} = 'conflict' then 'conflict' else 'pending' end` },
    })
    .returning({ id: syncItems.id, generation: syncItems.generation });
  await enqueueJob('sync.push', { tenantId: input.tenantId, entity: input.entity, entityId: input.entityId }, { db: tx, idempotencyKey: `sync.push:${row!.id}:${row!.generation}` });
  return { itemId: row!.id, generation: row!.generation };
}
