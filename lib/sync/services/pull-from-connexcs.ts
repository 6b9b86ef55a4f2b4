import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { syncItems, syncRuns, type SyncEntity, type SyncItemRow, type SyncRunFinding, type SyncRunRow } from '@/db/schema';
import { z } from 'zod';
import { assertPermission, platformTx, type AnyCtx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { connexcs, ConnexcsError, type ConnexcsClient, type ConnexcsCompany } from '@/lib/integrations/connexcs';
import { changedFields, companyValueOf } from '../company-value';

const PAGE = 1000;
/** The run keeps this many findings (the counts are always complete). */
const MAX_FINDINGS = 500;

async function allCompanies(api: ConnexcsClient['customers'] | ConnexcsClient['carriers']): Promise<Map<number, ConnexcsCompany>> {
  const byId = new Map<number, ConnexcsCompany>();
  for (let start = 0; ; start += PAGE) {
    const page = await api.list({ startRow: start, endRow: start + PAGE });
    for (const c of page) byId.set(c.id, c);
    if (page.length < PAGE) return byId;
  }
}

/**
 * The scheduled pull (`sync.pull`, system actor `connexcs-sync`): compares every synced customer
 * account and carrier with its company on ConnexCS. A company changed there since the last sync
 * (or gone) is never applied silently, nor overwritten by the next push: its item becomes a
 * conflict holding both values, for a person to resolve (resolveSyncConflict). Items with a push
 * pending are left to the push, which makes the same comparison. The run is recorded (sync_runs).
 */
export const pullFromConnexcsSchema = z
  .object({ itemIds: z.array(z.uuid({ error: 'must be a sync item id' })).min(1).max(1000).optional().meta({ description: 'Only these items (default: every synced record)' }) })
  .strict();

export async function pullFromConnexcs({ ctx, input = {}, client }: { ctx: AnyCtx; input?: InputOf<typeof pullFromConnexcsSchema>; client?: ConnexcsClient }): Promise<SyncRunRow> {
  assertPermission(ctx, 'class4.write');
  const { itemIds } = parseInput(pullFromConnexcsSchema, input);
  const api = client ?? connexcs();
  const [run] = await platformTx(ctx, (tx) => tx.insert(syncRuns).values({ kind: 'pull' }).returning());
  const findings: SyncRunFinding[] = [];
  const counts = { examined: 0, unchanged: 0, conflicts: 0, failed: 0 };
  const note = (f: SyncRunFinding) => findings.length < MAX_FINDINGS && findings.push(f);
  try {
    const items = await platformTx(ctx, (tx) =>
      tx
        .select()
        .from(syncItems)
        .where(
          and(
            eq(syncItems.direction, 'push'),
            eq(syncItems.status, 'succeeded'),
            isNotNull(syncItems.externalId),
            isNotNull(syncItems.baseValue),
            itemIds ? inArray(syncItems.id, itemIds) : undefined,
          ),
        )
        .orderBy(asc(syncItems.id)),
    );
    for (const entity of ['customer_account', 'carrier'] as const satisfies readonly SyncEntity[]) {
      const mine = items.filter((i) => i.entity === entity);
      if (!mine.length) continue;
      const companies = entity === 'carrier' ? api.carriers : api.customers;
      const remote = await allCompanies(companies);
      for (const item of mine) {
        counts.examined++;
        try {
          // Missing from the list: asked by id before calling it deleted (a short list must not flag every record).
          const company = remote.get(Number(item.externalId)) ?? (await getOrNull(companies, Number(item.externalId)));
          const theirs = company ? companyValueOf(company, entity === 'carrier') : null;
          const changed = theirs ? changedFields(item.baseValue!, theirs) : ['deleted'];
          if (!changed.length) {
            counts.unchanged++;
            continue;
          }
          if (!(await markConflict(item, theirs, changed))) continue; // a write started a push meanwhile: that push compares again
          counts.conflicts++;
          note({ tenantId: item.tenantId, entity, entityId: item.entityId, itemId: item.id, outcome: 'conflict', detail: theirs ? `changed on ConnexCS: ${changed.join(', ')}` : 'deleted on ConnexCS' });
        } catch (error) {
          counts.failed++;
          note({ tenantId: item.tenantId, entity, entityId: item.entityId, itemId: item.id, outcome: 'failed', detail: messageOf(error) });
        }
      }
    }
    const [done] = await platformTx(ctx, (tx) =>
      tx.update(syncRuns).set({ ...counts, findings, status: 'succeeded', finishedAt: sql`now()` }).where(eq(syncRuns.id, run!.id)).returning(),
    );
    // The row, not its view: the worker calls this, and the views are server-only (tests/contracts.test.ts).
    return done!;
  } catch (error) {
    await platformTx(ctx, (tx) => tx.update(syncRuns).set({ ...counts, findings, status: 'failed', error: messageOf(error), finishedAt: sql`now()` }).where(eq(syncRuns.id, run!.id)));
    throw error;
  }
}

async function getOrNull(api: ConnexcsClient['customers'] | ConnexcsClient['carriers'], id: number): Promise<ConnexcsCompany | null> {
  return api.get(id).catch((error: unknown) => {
    if (error instanceof ConnexcsError && error.upstreamStatus === 404) return null;
    throw error;
  });
}

/** Only an item still as it was read (no push since): a conditional update, so a concurrent push wins the race. */
async function markConflict(item: SyncItemRow, theirs: ReturnType<typeof companyValueOf> | null, changed: string[]): Promise<boolean> {
  const rows = await withTenant(item.tenantId, (tx) =>
    tx
      .update(syncItems)
      .set({
        status: 'conflict',
        conflictKind: theirs ? 'changed_remotely' : 'deleted_remotely',
        ourValue: item.baseValue,
        theirValue: theirs ?? { deleted: true },
        lastError: theirs ? `Changed on ConnexCS since the last sync (${changed.join(', ')}): resolve the conflict` : 'Deleted on ConnexCS since the last sync: resolve the conflict',
      })
      .where(and(eq(syncItems.id, item.id), eq(syncItems.status, 'succeeded'), eq(syncItems.generation, item.generation)))
      .returning({ id: syncItems.id }),
  );
  return rows.length === 1;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\p{Cc}/gu, ' ').slice(0, 2000);
