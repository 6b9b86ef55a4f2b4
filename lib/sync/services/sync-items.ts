import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { syncEntities, syncItems, syncStatuses } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { class4WriteScope } from '@/lib/class4/access';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { isPlatformRole } from '@/lib/auth/permissions';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput, type InputOf } from '@/lib/validation';
import { queueSyncPush } from '../outbox';
import { syncItemView, type SyncItemView } from '../views';

/** The Sync Status page's list: platform staff (class4.read), every brand's items, newest change first. */
export const syncItemListSpec = defineListSpec<'updatedAt', 'status' | 'entity' | 'entityId' | 'tenant'>({
  sortable: { updatedAt: syncItems.updatedAt },
  defaultSort: '-updatedAt',
  filters: {
    status: { column: syncItems.status, values: syncStatuses },
    entity: { column: syncItems.entity, values: syncEntities },
    // One record's sync state (linked from the record's own page; the full list moves as other records sync).
    entityId: { column: syncItems.entityId, schema: z.uuid({ error: 'must be a record id' }) },
    tenant: { column: syncItems.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
  },
  searchColumns: [syncItems.lastError, syncItems.externalId],
});

function assertStaff(ctx: Ctx, permission: 'class4.read' | 'class4.write') {
  assertPermission(ctx, permission);
  if (!isPlatformRole(ctx.actor.role)) throw new ForbiddenError('The ConnexCS sync is platform staff only');
}

export async function listSyncItems({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  assertStaff(ctx, 'class4.read');
  const query = parseListQuery(input, syncItemListSpec);
  const page = await platformTx(ctx, (tx) =>
    paginate(query, { id: syncItems.id }, (k) =>
      tx
        .select({ row: syncItems, ...k.select })
        .from(syncItems)
        .where(and(k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { ...page, items: page.items.map((i) => syncItemView(i.row)) };
}

export const syncItemIdSchema = z.object({ id: z.uuid({ error: 'must be a sync item id' }) }).strict();

export async function getSyncItem({ ctx, input }: { ctx: Ctx; input: InputOf<typeof syncItemIdSchema> }): Promise<SyncItemView> {
  assertStaff(ctx, 'class4.read');
  const { id } = parseInput(syncItemIdSchema, input);
  const [row] = await platformTx(ctx, (tx) => tx.select().from(syncItems).where(eq(syncItems.id, id)));
  if (!row) throw new NotFoundError('Sync item not found');
  return syncItemView(row);
}

/**
 * Retries a push now: a new generation and its job (the job reads the record's current state).
 * Refused while the item is running or in conflict (a conflict is resolved by a person first).
 */
export async function retrySyncItem({ ctx, input }: { ctx: Ctx; input: InputOf<typeof syncItemIdSchema> }): Promise<SyncItemView> {
  const scope = await class4WriteScope(ctx);
  const { id } = parseInput(syncItemIdSchema, input);
  return scope.run(async (tx, ctx) => {
    const [before] = await tx.select().from(syncItems).where(eq(syncItems.id, id)).for('update');
    if (!before) throw new NotFoundError('Sync item not found');
    if (before.direction !== 'push') throw new ConflictError('Only a push can be retried');
    if (before.status === 'running') throw new ConflictError('The push is running: wait for its outcome');
    if (before.status === 'conflict') throw new ConflictError('The item is in conflict: resolve it first');
    await queueSyncPush(tx, { tenantId: before.tenantId, entity: before.entity, entityId: before.entityId });
    const [after] = await tx.select().from(syncItems).where(eq(syncItems.id, id));
    await recordAudit(tx, ctx, { entity: 'sync_item', entityId: id, action: 'retry', before: { status: before.status, generation: before.generation }, after: { status: after!.status, generation: after!.generation }, tenantId: before.tenantId });
    return syncItemView(after!);
  });
}
