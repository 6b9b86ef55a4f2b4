import { and, eq, sql } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { carrierInterconnectAddresses, carriers, customerAccounts, syncItems, type SyncEntity, type SyncItemRow } from '@/db/schema';
import { assertPermission, type SystemCtx } from '@/lib/context';
import { connexcs, ConnexcsError, type ConnexcsClient } from '@/lib/integrations/connexcs';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { raiseSyncAlert, resolveSyncAlert } from '../alert';
import { SYNC_ALERT_AFTER } from '../jobs';
import { baseValueOf, changedFields, companyValueOf, type CompanyValue } from '../company-value';
import { syncIps, upsertCompany, type CompanyState, type IpState } from '../connexcs-upsert';

export type PushInput = { tenantId: string; entity: SyncEntity; entityId: string };
export type PushResult =
  | { status: 'succeeded'; externalId: string; generation: number; value: Record<string, unknown> }
  /** ConnexCS was changed since the last sync: nothing was written there; a person resolves it (resolveSyncConflict). */
  | { status: 'conflict'; externalId: string; generation: number; changed: string[] };

type Snapshot = { company: CompanyState; ips: IpState[] | null } | null;

/** Our record's current state as ConnexCS should hold it (null: the record is gone). */
async function snapshot(tenantId: string, entity: SyncEntity, entityId: string): Promise<Snapshot> {
  return withTenant(tenantId, async (tx) => {
    if (entity === 'customer_account') {
      const [a] = await tx.select().from(customerAccounts).where(eq(customerAccounts.id, entityId));
      if (!a) return null;
      return { company: { name: a.company, currency: a.billingCurrency, status: a.status === 'active' ? 'Active' : 'Inactive' }, ips: null };
    }
    const [c] = await tx.select().from(carriers).where(eq(carriers.id, entityId));
    if (!c) return null;
    const addresses = await tx
      .select({ network: carrierInterconnectAddresses.network, techPrefix: carrierInterconnectAddresses.techPrefix, direction: carrierInterconnectAddresses.direction })
      .from(carrierInterconnectAddresses)
      .where(eq(carrierInterconnectAddresses.carrierId, entityId))
      .orderBy(carrierInterconnectAddresses.network, carrierInterconnectAddresses.techPrefix);
    return {
      company: { name: c.name, currency: c.primaryCurrency, status: c.status === 'active' ? 'Active' : 'Inactive', channels: c.maxChannels ?? undefined, cps: c.maxCps ?? undefined },
      // A single address is sent as an address, a network as CIDR.
      ips: addresses.map((a) => ({ ip: a.network.replace(/\/(32|128)$/, ''), techPrefix: a.techPrefix, direction: a.direction })),
    };
  });
}

async function loadItem(input: PushInput): Promise<SyncItemRow | undefined> {
  const [row] = await withTenant(input.tenantId, (tx) =>
    tx
      .select()
      .from(syncItems)
      .where(and(eq(syncItems.tenantId, input.tenantId), eq(syncItems.entity, input.entity), eq(syncItems.entityId, input.entityId), eq(syncItems.direction, 'push'))),
  );
  return row;
}

/**
 * Pushes the CURRENT state of one record to ConnexCS (the `sync.push` job's work) and records the
 * outcome on its sync item: success (the ConnexCS id, what was sent, failures reset) or failure
 * (the error, one more consecutive failure), in which case the error is thrown again so that the
 * job is retried with backoff. A record that is gone is blocked (Inactive) on ConnexCS, never
 * deleted: its history (CDRs, payments) stays there.
 */
export async function pushSyncItem({ ctx, input, client }: { ctx: SystemCtx; input: PushInput; client?: ConnexcsClient }): Promise<PushResult> {
  assertPermission(ctx, 'class4.write');
  const item = await loadItem(input);
  if (!item) throw new Error(`sync item ${input.entity}/${input.entityId} not found`);
  const generation = item.generation;
  if (item.status === 'conflict') return keepConflict(input, item);
  await withTenant(input.tenantId, (tx) =>
    tx.update(syncItems).set({ status: 'running', attempts: sql`${syncItems.attempts} + 1`, lastAttemptAt: sql`now()` }).where(eq(syncItems.id, item.id)),
  );
  const api = client ?? connexcs();
  try {
    const state = await snapshot(input.tenantId, input.entity, input.entityId);
    const companies = input.entity === 'customer_account' ? api.customers : api.carriers;
    const knownId = item.externalId ? Number(item.externalId) : null;
    let externalId: number | null = knownId;
    let value: Record<string, unknown>;
    if (state && knownId !== null && item.baseValue) {
      // Changed on ConnexCS since the last sync, and changed here (this push): neither side is overwritten.
      const remote = await companies.get(knownId).catch((error: unknown) => {
        if (error instanceof ConnexcsError && error.upstreamStatus === 404) return null;
        throw error;
      });
      const theirs = remote ? companyValueOf(remote, input.entity === 'carrier') : null;
      const changed = theirs ? changedFields(item.baseValue, theirs) : ['deleted'];
      if (changed.length) return await recordConflict(input, item.id, { ours: baseValueOf(state.company, input.entityId), theirs, changed, kind: theirs ? 'changed_on_both_sides' : 'deleted_remotely', generation, externalId: String(knownId) });
    }
    if (state) {
      externalId = await upsertCompany(companies, input.entityId, state.company, knownId);
      const ips = state.ips ? await syncIps(api, externalId, state.ips) : null;
      value = { ...state.company, ...(state.ips ? { ips: state.ips } : {}), ...(ips ? { ipChanges: ips } : {}) };
    } else {
      if (knownId !== null) await companies.update(knownId, { status: 'Inactive' });
      value = { deleted: true };
    }
    await withTenant(input.tenantId, (tx) =>
      tx
        .update(syncItems)
        .set({
          // A write committed during the push bumped the generation: its own job pushes again.
          status: sql`case when ${syncItems.generation} = ${generation} then 'succeeded' else 'pending' end`,
          syncedGeneration: generation,
          externalId: externalId === null ? null : String(externalId),
          ourValue: value,
          baseValue: state ? baseValueOf(state.company, input.entityId) : null,
          theirValue: null,
          conflictKind: null,
          consecutiveFailures: 0,
          lastError: null,
          lastSyncedAt: sql`now()`,
        })
        .where(eq(syncItems.id, item.id)),
    );
    if (item.consecutiveFailures >= SYNC_ALERT_AFTER) await resolveSyncAlert(item.id);
    return { status: 'succeeded', externalId: String(externalId ?? ''), generation, value };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\p{Cc}/gu, ' ').slice(0, 2000);
    const failures = await withTenant(input.tenantId, async (tx) => {
      const [failed] = await tx
        .update(syncItems)
        .set({ status: 'failed', consecutiveFailures: sql`${syncItems.consecutiveFailures} + 1`, lastError: message })
        .where(eq(syncItems.id, item.id))
        .returning({ consecutiveFailures: syncItems.consecutiveFailures });
      // Once per failure streak (the counter resets on success), in the same transaction as the record of it.
      if (failed!.consecutiveFailures === SYNC_ALERT_AFTER) {
        await publishEvent(tx, ctx, 'sync.failed', { syncItemId: item.id, entity: input.entity, entityId: input.entityId, consecutiveFailures: failed!.consecutiveFailures, error: message }, { tenantId: input.tenantId });
      }
      return failed!.consecutiveFailures;
    });
    if (failures === SYNC_ALERT_AFTER) await raiseSyncAlert({ itemId: item.id, entity: input.entity, entityId: input.entityId, failures, error: message });
    throw error;
  }
}

/**
 * Stops at a conflict: both values are kept on the item for the person who resolves it. The job
 * succeeds (a retry could only find the same conflict); the failure streak is unaffected.
 */
async function recordConflict(
  input: PushInput,
  itemId: string,
  c: { ours: CompanyValue; theirs: CompanyValue | null; changed: string[]; kind: 'changed_on_both_sides' | 'deleted_remotely'; generation: number; externalId: string },
): Promise<PushResult> {
  await withTenant(input.tenantId, (tx) =>
    tx
      .update(syncItems)
      .set({
        status: 'conflict',
        conflictKind: c.kind,
        ourValue: c.ours,
        theirValue: c.theirs ?? { deleted: true },
        lastError: c.theirs ? `Changed on ConnexCS since the last sync (${c.changed.join(', ')}) and changed here: resolve the conflict` : 'Deleted on ConnexCS since the last sync: resolve the conflict',
      })
      .where(eq(syncItems.id, itemId)),
  );
  return { status: 'conflict', externalId: c.externalId, generation: c.generation, changed: c.changed };
}

/** A write while in conflict: nothing goes to ConnexCS; the item shows our latest value for the person resolving it. */
async function keepConflict(input: PushInput, item: SyncItemRow): Promise<PushResult> {
  const state = await snapshot(input.tenantId, input.entity, input.entityId);
  await withTenant(input.tenantId, (tx) =>
    tx
      .update(syncItems)
      .set({ ourValue: state ? baseValueOf(state.company, input.entityId) : { deleted: true } })
      .where(and(eq(syncItems.id, item.id), eq(syncItems.status, 'conflict'))),
  );
  return { status: 'conflict', externalId: item.externalId ?? '', generation: item.generation, changed: [] };
}
