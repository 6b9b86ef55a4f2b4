import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraDb, withPlatform, withTenant } from '@/db/client';
import { alerts, auditEvents, customerAccounts, customerCategoriesTable, syncItems, webhookEvents } from '@/db/schema';
import { jobQueue } from '@/db/schema/dataqueue';
import { createCarrier, createInterconnect, getCarrier, updateInterconnect } from '@/lib/class4';
import { systemCtx, type Ctx } from '@/lib/context';
import { createCustomerAccount, setCustomerAccountStatus, updateCustomerAccount } from '@/lib/customers';
import { createConnexcsClient, type ConnexcsClient } from '@/lib/integrations/connexcs';
import { startFakeConnexcs, type FakeConnexcs } from '@/fakes/connexcs/server';
import { catalogPops } from '@/db/schema';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import { syncAlertKey } from './alert';
import { remoteName, syncReference } from './connexcs-upsert';
import { syncPushJob } from './jobs';
import { queueSyncPush } from './outbox';
import { getSyncItem, listSyncItems, retrySyncItem } from './services/sync-items';
import { pushSyncItem } from './services/push-sync-item';
import { pullFromConnexcs } from './services/pull-from-connexcs';
import { resolveSyncConflict } from './services/resolve-sync-conflict';
import { listSyncRuns } from './services/sync-runs';

/**
 * The ConnexCS push against the fake ConnexCS (its own schema): the outbox (a committed write
 * enqueues exactly its push, a rolled-back one nothing), the push while the fake is down (recorded
 * failure, then success once it is back, one company on ConnexCS), a lost answer (no duplicate).
 */

const databaseUrl = process.env.DATABASE_URL!;
const schema = `fake_connexcs_sync_${randomBytes(4).toString('hex')}`;
let fake: FakeConnexcs | undefined;
let port: number;
let client: ConnexcsClient;
let acmeId: string;
let staff: Ctx;
let acmeAdmin: Ctx;
let categoryId: string;
let popId: string;
const ctx = () => systemCtx('connexcs-sync', acmeId);
const uniq = () => randomUUID().slice(0, 6).toUpperCase();

const account = (over: Record<string, unknown> = {}) => ({
  company: `Sync Co ${uniq()}`,
  billingContactName: 'Ada Lovelace',
  billingEmail: `billing-${uniq().toLowerCase()}@example.com`,
  country: 'gb',
  billingCurrency: 'eur',
  billingModel: 'prepaid' as const,
  categoryId,
  ...over,
});

async function item(entityId: string) {
  const [row] = await withTenant(acmeId, (tx) => tx.select().from(syncItems).where(and(eq(syncItems.entityId, entityId), eq(syncItems.direction, 'push'))));
  return row;
}

async function pushJobs(entityId: string) {
  return infraDb()
    .select()
    .from(jobQueue)
    .where(and(eq(jobQueue.jobType, 'sync.push'), sql`${jobQueue.payload}->>'entityId' = ${entityId}`));
}

/** The companies on the fake ConnexCS that carry the entity's reference. */
async function remoteCompanies(entityId: string, kind: 'customer' | 'provider' = 'customer') {
  const list = kind === 'customer' ? await client.customers.list() : await client.carriers.list();
  return list.filter((c) => c.name.endsWith(`[${syncReference(entityId)}]`));
}

beforeAll(async () => {
  fake = await startFakeConnexcs({ databaseUrl, schema, seed: 5 });
  port = fake.port;
  client = createConnexcsClient({ apiUrl: fake.apiUrl, auth: { kind: 'basic', username: 'sandbox', password: 'sandbox-fake-connexcs-password' }, maxAttempts: 1, timeoutMs: 5000 });
  acmeId = await tenantIdOf('acme');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  const cats = await withPlatform((tx) => tx.select().from(customerCategoriesTable));
  categoryId = cats.find((c) => c.slug === 'enterprise')!.id;
  const [pop] = await withPlatform((tx) => tx.insert(catalogPops).values({ name: `POP ${uniq()}`, code: `S${uniq()}`, region: 'europe' }).returning());
  popId = pop!.id;
});

afterAll(async () => {
  await fake?.close();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop schema if exists ${schema} cascade`);
  await sql.end();
});

describe('sync outbox', () => {
  it('a committed customer-account write enqueues its push in the same transaction; each write is one generation', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    const row = await item(a.id);
    expect(row).toMatchObject({ entity: 'customer_account', status: 'pending', generation: 1, syncedGeneration: 0 });
    const jobs = await pushJobs(a.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.payload).toEqual({ tenantId: acmeId, entity: 'customer_account', entityId: a.id });
    await setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'suspended', reason: 'unpaid' } });
    expect((await item(a.id))!.generation).toBe(2);
    expect(await pushJobs(a.id)).toHaveLength(2);
  });

  it('a rolled-back write pushes nothing: no sync item, no job', async () => {
    const id = randomUUID();
    const error = await withTenant(acmeId, async (tx) => {
      await tx.insert(customerAccounts).values({ id, tenantId: acmeId, company: 'Rolled back', billingContactName: 'X', billingEmail: 'x@example.com', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId });
      await queueSyncPush(tx, { tenantId: acmeId, entity: 'customer_account', entityId: id });
      // The push was queued inside the transaction...
      expect(await tx.select().from(syncItems).where(eq(syncItems.entityId, id))).toHaveLength(1);
      throw new Error('the write fails after its outbox row');
    }).catch((e: unknown) => e);
    expect((error as Error).message, String((error as { cause?: unknown }).cause)).toMatch(/fails after/);
    expect(await item(id)).toBeUndefined();
    expect(await pushJobs(id)).toHaveLength(0);
    expect(await remoteCompanies(id)).toHaveLength(0);
  });

  it('a failing service write (a refused rule) leaves no push either', async () => {
    const c = await createCarrier({ ctx: staff, input: { tenantId: acmeId, name: `Carrier ${uniq()}`, code: `C${uniq()}`, type: 'supplier', primaryCurrency: 'usd' } });
    const before = (await item(c.id))!.generation;
    // An ingress interconnect on a supplier is refused (after nothing was written).
    await expect(createInterconnect({ ctx: staff, input: { carrierId: c.id, direction: 'ingress', name: 'In', popId } })).rejects.toMatchObject({ status: 409 });
    expect((await item(c.id))!.generation).toBe(before);
    expect(await pushJobs(c.id)).toHaveLength(1);
  });
});

describe('sync push (fake ConnexCS)', () => {
  it('creates the customer on ConnexCS, then updates it (block) in place', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    const first = await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client });
    expect(first.status).toBe('succeeded');
    expect(await item(a.id)).toMatchObject({ status: 'succeeded', syncedGeneration: 1, externalId: first.externalId, consecutiveFailures: 0, lastError: null, attempts: 1 });
    const [remote] = await remoteCompanies(a.id);
    expect(remote).toMatchObject({ id: Number(first.externalId), name: remoteName(a.company, a.id), status: 'Active', currency: 'EUR' });
    await setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'suspended', reason: 'unpaid' } });
    await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client });
    const after = await remoteCompanies(a.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: remote!.id, status: 'Inactive' });
  });

  it('pushes a carrier as a provider with its interconnect IPs and tech prefixes, converging on changes', async () => {
    const c = await createCarrier({ ctx: staff, input: { tenantId: acmeId, name: `Carrier ${uniq()}`, code: `C${uniq()}`, type: 'bilateral', primaryCurrency: 'usd', maxChannels: 30 } });
    const ic = await createInterconnect({ ctx: staff, input: { carrierId: c.id, direction: 'ingress', name: 'In', popId, techPrefix: '1234#', addresses: ['198.51.100.7', '198.51.100.64/26'] } });
    const r = await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'carrier', entityId: c.id }, client });
    const providers = await remoteCompanies(c.id, 'provider');
    expect(providers).toHaveLength(1);
    const ips = await client.ipAuth.list({ companyId: Number(r.externalId) });
    expect(ips.map((i) => [i.ip, i.tech_prefix, i.direction]).sort()).toEqual([
      ['198.51.100.64/26', '1234#', 'ingress'],
      ['198.51.100.7', '1234#', 'ingress'],
    ]);
    await updateInterconnect({ ctx: staff, input: { id: ic.id, addresses: ['198.51.100.7'] } });
    expect((await item(c.id))!.generation).toBe(3);
    await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'carrier', entityId: c.id }, client });
    const ips2 = await client.ipAuth.list({ companyId: Number(r.externalId) });
    expect(ips2.map((i) => i.ip)).toEqual(['198.51.100.7']);
    expect(await remoteCompanies(c.id, 'provider')).toHaveLength(1);
  });

  it('a lost answer (the create ran, its answer never came) does not duplicate on retry', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    const lossy: ConnexcsClient = {
      ...client,
      customers: {
        ...client.customers,
        create: async (input) => {
          await client.customers.create(input);
          throw new Error('ConnexCS POST customer: network_error (socket hang up)');
        },
      },
    };
    await expect(pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client: lossy })).rejects.toThrow(/socket hang up/);
    expect(await item(a.id)).toMatchObject({ status: 'failed', consecutiveFailures: 1, externalId: null });
    expect((await item(a.id))!.lastError).toMatch(/socket hang up/);
    const retry = await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client });
    const remote = await remoteCompanies(a.id);
    expect(remote).toHaveLength(1);
    expect(String(remote[0]!.id)).toBe(retry.externalId);
  });

  it('kill the fake during a push: the failure is recorded, the retry completes once it is back, one record on ConnexCS', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    await fake!.close();
    fake = undefined;
    await expect(pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client })).rejects.toThrow(/ConnexCS/);
    const failed = await item(a.id);
    expect(failed).toMatchObject({ status: 'failed', consecutiveFailures: 1, attempts: 1 });
    expect(failed!.lastError).toMatch(/ConnexCS/);
    // A second attempt while it is still down: one more consecutive failure.
    await expect(pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client })).rejects.toThrow();
    expect((await item(a.id))!.consecutiveFailures).toBe(2);
    // The third consecutive failure publishes sync.failed (once per streak).
    await expect(pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client })).rejects.toThrow();
    const events = await withTenant(acmeId, (tx) => tx.select().from(webhookEvents).where(and(eq(webhookEvents.type, 'sync.failed'), sql`${webhookEvents.payload}->>'entityId' = ${a.id}`)));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ entity: 'customer_account', consecutiveFailures: 3 });
    // ...and raises the System Status alert of that item.
    const itemId = (await item(a.id))!.id;
    const open = await withPlatform((tx) => tx.select().from(alerts).where(eq(alerts.key, syncAlertKey(itemId))));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ status: 'open', severity: 'warning', title: 'ConnexCS push failing' });
    // Back on the same port with the same state.
    fake = await startFakeConnexcs({ databaseUrl, schema, seed: 5, port });
    const ok = await pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client });
    expect(await item(a.id)).toMatchObject({ status: 'succeeded', consecutiveFailures: 0, lastError: null, attempts: 4, externalId: ok.externalId });
    expect(await remoteCompanies(a.id)).toHaveLength(1);
    // The success resolves the alert.
    const after = await withPlatform((tx) => tx.select().from(alerts).where(eq(alerts.key, syncAlertKey((failed as { id: string }).id))));
    expect(after.map((x) => x.status)).toEqual(['resolved']);
  });

  it('the push job is retried by the queue with backoff', () => {
    expect(syncPushJob.maxAttempts).toBeGreaterThan(3);
    expect(syncPushJob.retryBackoffMs).toBeGreaterThan(0);
  });

  it('refuses an actor without class4.write', async () => {
    await expect(pushSyncItem({ ctx: systemCtx('catalog-trash', acmeId), input: { tenantId: acmeId, entity: 'customer_account', entityId: randomUUID() }, client })).rejects.toMatchObject({ status: 403 });
  });
});

describe('Sync Status services', () => {
  it('lists items for platform staff (filter by status), refuses brand admins, retries a failed push as a new generation', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    const lossy: ConnexcsClient = { ...client, customers: { ...client.customers, list: async () => Promise.reject(new Error('ConnexCS GET customer: HTTP 500')) } };
    await expect(pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity: 'customer_account', entityId: a.id }, client: lossy })).rejects.toThrow();
    const failed = await listSyncItems({ ctx: staff, input: new URLSearchParams({ status: 'failed', limit: '100' }) });
    const mine = failed.items.find((i) => i.entityId === a.id);
    expect(mine).toMatchObject({ status: 'failed', lastError: 'ConnexCS GET customer: HTTP 500', consecutiveFailures: 1 });
    expect(failed.items.every((i) => i.status === 'failed')).toBe(true);
    await expect(listSyncItems({ ctx: acmeAdmin, input: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
    await expect(retrySyncItem({ ctx: acmeAdmin, input: { id: mine!.id } })).rejects.toMatchObject({ status: 403 });
    const retried = await retrySyncItem({ ctx: staff, input: { id: mine!.id } });
    expect(retried).toMatchObject({ status: 'pending', generation: 2 });
    expect(await pushJobs(a.id)).toHaveLength(2);
    expect((await getSyncItem({ ctx: staff, input: { id: mine!.id } })).generation).toBe(2);
  });

  it('hostile input: a bad id is 422, an unknown one 404, a bad filter 4xx', async () => {
    await expect(retrySyncItem({ ctx: staff, input: { id: 'x\u0000y' } })).rejects.toMatchObject({ status: 422 });
    await expect(retrySyncItem({ ctx: staff, input: { id: randomUUID() } })).rejects.toMatchObject({ status: 404 });
    await expect(getSyncItem({ ctx: staff, input: { id: 42 as never } })).rejects.toMatchObject({ status: 422 });
    await expect(listSyncItems({ ctx: staff, input: new URLSearchParams({ status: 'exploded' }) })).rejects.toSatisfy((e: { status: number }) => e.status >= 400 && e.status < 500);
    // A huge limit is held to the enforced maximum.
    expect((await listSyncItems({ ctx: staff, input: new URLSearchParams({ limit: '1000000' }) })).pageInfo.limit).toBeLessThanOrEqual(100);
  });
});

describe('conflicts: changed on ConnexCS since the last sync (pull and push), resolved by a person', () => {
  const push = (entity: 'customer_account' | 'carrier', entityId: string) => pushSyncItem({ ctx: ctx(), input: { tenantId: acmeId, entity, entityId }, client });
  const pull = (...ids: string[]) => pullFromConnexcs({ ctx: systemCtx('connexcs-sync'), input: { itemIds: ids }, client });
  /** A synced customer account: created, pushed once. */
  async function synced() {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: account() });
    const r = await push('customer_account', a.id);
    return { account: a, externalId: Number(r.externalId), itemId: (await item(a.id))!.id };
  }

  it('the pull leaves an unchanged company alone and flags one renamed on ConnexCS as a conflict with both values; the run is recorded', async () => {
    const same = await synced();
    const renamed = await synced();
    await client.customers.update(renamed.externalId, { name: remoteName('Renamed On ConnexCS', renamed.account.id) });
    const run = await pull(same.itemId, renamed.itemId);
    expect(run).toMatchObject({ status: 'succeeded', examined: 2, unchanged: 1, conflicts: 1, failed: 0 });
    expect(run.findings).toEqual([expect.objectContaining({ itemId: renamed.itemId, outcome: 'conflict', detail: 'changed on ConnexCS: name' })]);
    expect(await item(same.account.id)).toMatchObject({ status: 'succeeded', conflictKind: null });
    const conflict = await item(renamed.account.id);
    expect(conflict).toMatchObject({ status: 'conflict', conflictKind: 'changed_remotely' });
    expect(conflict!.ourValue).toMatchObject({ name: renamed.account.company, status: 'Active' });
    expect(conflict!.theirValue).toMatchObject({ name: 'Renamed On ConnexCS', status: 'Active' });
    const runs = await listSyncRuns({ ctx: staff, input: new URLSearchParams({ limit: '100' }) });
    expect(runs.items.map((r) => r.id)).toContain(run.id);
    await expect(listSyncRuns({ ctx: acmeAdmin, input: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
  });

  it('a write while ConnexCS changed: the push stops at a conflict and overwrites nothing; more writes keep it a conflict', async () => {
    const s = await synced();
    await client.customers.update(s.externalId, { status: 'Inactive' });
    await updateCustomerAccount({ ctx: acmeAdmin, input: { id: s.account.id, company: 'Changed Here Ltd' } });
    const r = await push('customer_account', s.account.id);
    expect(r).toMatchObject({ status: 'conflict', changed: ['status'] });
    expect(await item(s.account.id)).toMatchObject({ status: 'conflict', conflictKind: 'changed_on_both_sides' });
    const [remote] = await remoteCompanies(s.account.id);
    expect(remote).toMatchObject({ status: 'Inactive', name: remoteName(s.account.company, s.account.id) });
    // Another write: still a conflict (not silently pushed), our side refreshed for the person resolving it.
    await updateCustomerAccount({ ctx: acmeAdmin, input: { id: s.account.id, company: 'Changed Again Ltd' } });
    expect((await item(s.account.id))!.status).toBe('conflict');
    await push('customer_account', s.account.id);
    expect((await item(s.account.id))!.ourValue).toMatchObject({ name: 'Changed Again Ltd' });
    expect((await remoteCompanies(s.account.id))[0]!.name).toBe(remoteName(s.account.company, s.account.id));
    // Retry is refused while in conflict; the pull leaves it be.
    await expect(retrySyncItem({ ctx: staff, input: { id: s.itemId } })).rejects.toMatchObject({ status: 409 });
  });

  it('keep ours: our value is pushed over theirs and becomes the base', async () => {
    const s = await synced();
    await client.customers.update(s.externalId, { name: remoteName('Theirs Ltd', s.account.id) });
    await pull(s.itemId);
    await expect(resolveSyncConflict({ ctx: acmeAdmin, input: { id: s.itemId, keep: 'ours' } })).rejects.toMatchObject({ status: 403 });
    const resolved = await resolveSyncConflict({ ctx: staff, input: { id: s.itemId, keep: 'ours' } });
    expect(resolved).toMatchObject({ status: 'pending', conflictKind: null });
    expect(await pushJobs(s.account.id)).toHaveLength(2);
    expect((await push('customer_account', s.account.id)).status).toBe('succeeded');
    expect((await remoteCompanies(s.account.id))[0]!.name).toBe(remoteName(s.account.company, s.account.id));
    expect((await pull(s.itemId)).unchanged).toBe(1);
  });

  it('keep theirs: their name and status are written to our record through its own service (audited), then pushed without a conflict', async () => {
    const s = await synced();
    await client.customers.update(s.externalId, { name: remoteName('Their Name Ltd', s.account.id), status: 'Inactive' });
    await pull(s.itemId);
    await resolveSyncConflict({ ctx: staff, input: { id: s.itemId, keep: 'theirs' } });
    const [ours] = await withTenant(acmeId, (tx) => tx.select().from(customerAccounts).where(eq(customerAccounts.id, s.account.id)));
    expect(ours).toMatchObject({ company: 'Their Name Ltd', status: 'suspended' });
    expect((await push('customer_account', s.account.id)).status).toBe('succeeded');
    expect(await item(s.account.id)).toMatchObject({ status: 'succeeded', conflictKind: null });
    const audit = await withTenant(acmeId, (tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entity, 'sync_item'), eq(auditEvents.entityId, s.itemId))));
    expect(audit.map((e) => e.action)).toEqual(['resolve']);
  });

  it('a carrier deleted on ConnexCS: flagged by the pull; theirs is refused; ours creates it again', async () => {
    const c = await createCarrier({ ctx: staff, input: { tenantId: acmeId, name: `Carrier ${uniq()}`, code: `C${uniq()}`, type: 'supplier', primaryCurrency: 'usd', maxChannels: 20 } });
    const first = await push('carrier', c.id);
    const itemId = (await item(c.id))!.id;
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`delete from ${schema}.company where id = $1`, [Number(first.externalId)]);
    await sql.end();
    expect(await pull(itemId)).toMatchObject({ conflicts: 1, findings: [expect.objectContaining({ detail: 'deleted on ConnexCS' })] });
    expect(await item(c.id)).toMatchObject({ status: 'conflict', conflictKind: 'deleted_remotely' });
    await expect(resolveSyncConflict({ ctx: staff, input: { id: itemId, keep: 'theirs' } })).rejects.toMatchObject({ status: 409 });
    await resolveSyncConflict({ ctx: staff, input: { id: itemId, keep: 'ours' } });
    const again = await push('carrier', c.id);
    expect(again.status).toBe('succeeded');
    expect(again.externalId).not.toBe(first.externalId);
    expect(await remoteCompanies(c.id, 'provider')).toHaveLength(1);
  });

  it('a carrier whose capacity was changed on ConnexCS: theirs sets our channels', async () => {
    const c = await createCarrier({ ctx: staff, input: { tenantId: acmeId, name: `Carrier ${uniq()}`, code: `C${uniq()}`, type: 'supplier', primaryCurrency: 'usd', maxChannels: 20 } });
    const r = await push('carrier', c.id);
    const itemId = (await item(c.id))!.id;
    await client.carriers.update(Number(r.externalId), { channels: 45 });
    expect((await pull(itemId)).findings[0]!.detail).toBe('changed on ConnexCS: channels');
    await resolveSyncConflict({ ctx: staff, input: { id: itemId, keep: 'theirs' } });
    expect((await getCarrier({ ctx: staff, input: { id: c.id } })).maxChannels).toBe(45);
  });

  it('hostile input: a bad choice is 422, an item not in conflict 409, a foreign id 404, bad item ids 422', async () => {
    const s = await synced();
    await expect(resolveSyncConflict({ ctx: staff, input: { id: s.itemId, keep: 'both' as never } })).rejects.toMatchObject({ status: 422 });
    await expect(resolveSyncConflict({ ctx: staff, input: { id: s.itemId, keep: 'ours', extra: 1 } as never })).rejects.toMatchObject({ status: 422 });
    await expect(resolveSyncConflict({ ctx: staff, input: { id: s.itemId, keep: 'ours' } })).rejects.toMatchObject({ status: 409 });
    await expect(resolveSyncConflict({ ctx: staff, input: { id: randomUUID(), keep: 'ours' } })).rejects.toMatchObject({ status: 404 });
    await expect(pullFromConnexcs({ ctx: systemCtx('connexcs-sync'), input: { itemIds: ['\u0000'] }, client })).rejects.toMatchObject({ status: 422 });
    await expect(pullFromConnexcs({ ctx: systemCtx('catalog-trash'), client })).rejects.toMatchObject({ status: 403 });
  });

  it('ConnexCS unreachable: the run is recorded as failed with the reason', async () => {
    const s = await synced();
    const down: ConnexcsClient = { ...client, customers: { ...client.customers, list: async () => Promise.reject(new Error('ConnexCS GET customer: HTTP 503')) } };
    await expect(pullFromConnexcs({ ctx: systemCtx('connexcs-sync'), input: { itemIds: [s.itemId] }, client: down })).rejects.toThrow(/503/);
    const runs = await listSyncRuns({ ctx: staff, input: new URLSearchParams({ status: 'failed', limit: '100' }) });
    expect(runs.items.some((r) => r.error === 'ConnexCS GET customer: HTTP 503')).toBe(true);
  });
});
