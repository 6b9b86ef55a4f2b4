import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { syncItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { class4WriteScope } from '@/lib/class4/access';
import { updateCarrier } from '@/lib/class4/services/carriers';
import type { Ctx } from '@/lib/context';
import { setCustomerAccountStatus } from '@/lib/customers/services/set-customer-account-status';
import { updateCustomerAccount } from '@/lib/customers/services/update-customer-account';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { queueSyncPush } from '../outbox';
import { syncItemView, type SyncItemView } from '../views';

export const resolveSyncConflictSchema = z
  .object({
    id: z.uuid({ error: 'must be a sync item id' }),
    keep: z.enum(['ours', 'theirs'], { error: 'choose ours (push our value to ConnexCS) or theirs (take the ConnexCS value here)' }),
  })
  .strict();

/** ConnexCS's company status as ours; another ConnexCS status (e.g. "Pending Approval") has no counterpart here. */
const OUR_STATUS = { Active: 'active', Inactive: 'suspended' } as const;

/**
 * A person resolves a conflict (platform staff, class4.write), in one transaction with its audit:
 * - keep ours: their value becomes the base and our record is pushed over it (a company deleted on
 *   ConnexCS is created again);
 * - keep theirs: their name, status and capacity are written to our record through its own
 *   service (customer account or carrier: validated, audited and pushed like any edit, the push
 *   then finding ConnexCS as it is).
 */
export async function resolveSyncConflict({ ctx, input }: { ctx: Ctx; input: InputOf<typeof resolveSyncConflictSchema> }): Promise<SyncItemView> {
  const scope = await class4WriteScope(ctx);
  const { id, keep } = parseInput(resolveSyncConflictSchema, input);
  return scope.run(async (tx, ctx) => {
    const [before] = await tx.select().from(syncItems).where(eq(syncItems.id, id)).for('update');
    if (!before) throw new NotFoundError('Sync item not found');
    if (before.status !== 'conflict') throw new ConflictError('The item is not in conflict: nothing to resolve');
    const theirs = before.theirValue ?? {};
    const deleted = before.conflictKind === 'deleted_remotely';
    if (keep === 'theirs' && deleted) throw new ConflictError('The company was deleted on ConnexCS: keep ours to create it again, or delete or suspend the record here');
    await tx
      .update(syncItems)
      .set({ status: 'pending', conflictKind: null, theirValue: null, lastError: null, baseValue: deleted ? null : theirs, ...(deleted ? { externalId: null } : {}) })
      .where(eq(syncItems.id, id));
    if (keep === 'ours') await queueSyncPush(tx, { tenantId: before.tenantId, entity: before.entity, entityId: before.entityId });
    else await takeTheirs(ctx, before.entity, before.entityId, theirs, before.ourValue ?? {});
    const [after] = await tx.select().from(syncItems).where(eq(syncItems.id, id));
    await recordAudit(tx, ctx, {
      entity: 'sync_item',
      entityId: id,
      action: 'resolve',
      before: { status: before.status, conflictKind: before.conflictKind, ours: before.ourValue, theirs: before.theirValue },
      after: { keep, status: after!.status, generation: after!.generation },
      tenantId: before.tenantId,
    });
    return syncItemView(after!);
  });
}

async function takeTheirs(ctx: Ctx, entity: 'customer_account' | 'carrier', entityId: string, theirs: Record<string, unknown>, ours: Record<string, unknown>) {
  const status = typeof theirs.status === 'string' ? OUR_STATUS[theirs.status as keyof typeof OUR_STATUS] : undefined;
  if (!status) throw new ConflictError(`ConnexCS shows the status ${JSON.stringify(theirs.status)}, which has no counterpart here: keep ours, or change it on ConnexCS first`);
  const name = typeof theirs.name === 'string' ? theirs.name : undefined;
  if (entity === 'carrier') {
    await updateCarrier({
      ctx,
      input: {
        id: entityId,
        ...(name ? { name } : {}),
        status,
        ...('channels' in theirs ? { maxChannels: (theirs.channels as number | null) ?? null } : {}),
        ...('cps' in theirs ? { maxCps: (theirs.cps as number | null) ?? null } : {}),
      },
    });
    return;
  }
  if (name) await updateCustomerAccount({ ctx, input: { id: entityId, company: name } });
  if (theirs.status !== ours.status) await setCustomerAccountStatus({ ctx, input: { id: entityId, status, reason: 'Taken from ConnexCS: a sync conflict resolved in favour of ConnexCS' } });
}
