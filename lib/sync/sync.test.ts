import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraDb, withPlatform, withTenant } from '@/db/client';
import { alerts, customerAccounts, customerCategoriesTable, syncItems, webhookEvents } from '@/db/schema';
import { jobQueue } from '@/db/schema/dataqueue';
import { createCarrier, createInterconnect, updateInterconnect } from '@/lib/class4';
import { systemCtx, type Ctx } from '@/lib/context';
import { createCustomerAccount, setCustomerAccountStatus } from '@/lib/customers';
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
