import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, catalogPops, catalogVoiceTiers } from '@/db/schema';
import { systemCtx } from '@/lib/context';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { testCtx } from '@/tests/factories';
import { getAssignableType } from '@/lib/assignments/registry';
import './assignable';
import { createCatalogItem } from './services/create-catalog-item';
import { deleteCatalogItem } from './services/delete-catalog-item';
import { getCatalogItem } from './services/get-catalog-item';
import { getCatalogSettings } from './services/get-catalog-settings';
import { listCatalogItems } from './services/list-catalog-items';
import { listCatalogTrash } from './services/list-catalog-trash';
import { purgeCatalogTrash } from './services/purge-catalog-trash';
import { restoreCatalogItem } from './services/restore-catalog-item';
import { updateCatalogItem } from './services/update-catalog-item';
import { updateCatalogSettings } from './services/update-catalog-settings';

const code = () => `T${randomUUID().slice(0, 6).toUpperCase()}`;
const pop = (over: Record<string, unknown> = {}) => ({ name: 'Test POP', code: code(), region: 'europe', ipAddresses: ['192.0.2.10', '2001:db8::10'], ...over }) as never as { name: string; code: string; region: 'europe'; ipAddresses: string[] };

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, String(error)).toBeInstanceOf(ValidationError);
  return [...new Set((error as ValidationError).problems.map((p) => p.path))];
}

const auditOf = (id: string) => withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.occurredAt));

afterAll(async () => {
  await updateCatalogSettings({ ctx: await testCtx(), input: { trashRetentionDays: 30 } });
});

describe('catalogue services', () => {
  it('creates, reads, lists and updates a POP, auditing each write', async () => {
    const ctx = await testCtx();
    // The code is trimmed and upper-cased.
    const row = await createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ code: ` ${code().toLowerCase()} ` }) } });
    expect(row.code).toMatch(/^T[0-9A-F]{6}$/);
    expect(row.ipAddresses).toEqual(['192.0.2.10', '2001:db8::10']);
    expect(row.status).toBe('active');
    expect((await getCatalogItem({ ctx, input: { kind: 'pops', id: row.id } })).name).toBe('Test POP');
    const page = await listCatalogItems({ ctx, input: { kind: 'pops', query: new URLSearchParams({ q: row.code }) } });
    expect(page.items.map((r) => r.id)).toEqual([row.id]);
    const updated = await updateCatalogItem({ ctx, input: { kind: 'pops', id: row.id, changes: { status: 'maintenance', description: 'Rack move on Sunday' } } });
    expect(updated).toMatchObject({ status: 'maintenance', description: 'Rack move on Sunday', region: 'europe', code: row.code });
    expect((await auditOf(row.id)).map((e) => [e.entity, e.action])).toEqual([
      ['catalog_pop', 'create'],
      ['catalog_pop', 'update'],
    ]);
  });

  it('refuses invalid IPs, ISO codes, integers and hostile text with field problems', async () => {
    const ctx = await testCtx();
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ ipAddresses: ['192.0.2.300', '10.0.0.0/8', 'localhost'] }) } }))).toEqual([
      'ipAddresses.0',
      'ipAddresses.1',
      'ipAddresses.2',
    ]);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ ipAddresses: ['192.0.2.1', '192.0.2.1'] }) } }))).toEqual(['ipAddresses']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ ipAddresses: Array.from({ length: 33 }, (_, i) => `192.0.2.${i}`) }) } }))).toEqual(['ipAddresses']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ name: 'a\u0000b', region: 'mars' }) } }))).toEqual(['name', 'region']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'did-countries', values: { isoCode: 'XX', name: 'Nowhere' } } }))).toEqual(['isoCode']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'did-providers', values: { name: 'P', countries: ['GB', 'ZZ'] } } }))).toEqual(['countries.1']);
    expect(
      await problemsOf(createCatalogItem({ ctx, input: { kind: 'voice-tiers', values: { name: 'T', rank: 1.5, asrTargetBp: 10001, acdTargetSeconds: -1, pddTargetMs: 1e300 } } })),
    ).toEqual(['rank', 'asrTargetBp', 'acdTargetSeconds', 'pddTargetMs']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'codecs', values: { name: 'X', payloadType: '8', clockRate: 8000 } as never } }))).toEqual(['payloadType']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'channel-plans', values: { name: 'x'.repeat(10_000), channels: 0, cps: 1 } } }))).toEqual(['name', 'channels']);
    expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'nope' as 'pops', values: pop() } }))).toEqual(['kind']);
    expect(await problemsOf(getCatalogItem({ ctx, input: { kind: 'pops', id: "1' or 1=1" } }))).toEqual(['id']);
    expect(await problemsOf(updateCatalogItem({ ctx, input: { kind: 'pops', id: randomUUID(), changes: { id: randomUUID() } as never } }))).toEqual(['']);
    const d = await createCatalogItem({ ctx, input: { kind: 'did-countries', values: { isoCode: ' gb ', name: 'United Kingdom', kycDocuments: ['Proof of address'] } } }).catch(async (e: unknown) => {
      // Another run left a live GB: that is the uniqueness rule at work.
      expect(await problemsOf(Promise.reject(e))).toEqual(['isoCode']);
      return null;
    });
    if (d) {
      expect(d.isoCode).toBe('GB');
      expect(await problemsOf(createCatalogItem({ ctx, input: { kind: 'did-countries', values: { isoCode: 'GB', name: 'Again' } } }))).toEqual(['isoCode']);
      await deleteCatalogItem({ ctx, input: { kind: 'did-countries', id: d.id } });
    }
  });

  it('lets staff with catalog.read read but not write; customers neither', async () => {
    const support = await testCtx('support');
    await listCatalogItems({ ctx: support, input: { kind: 'codecs', query: new URLSearchParams() } });
    await expect(createCatalogItem({ ctx: support, input: { kind: 'codecs', values: { name: 'X', payloadType: null, clockRate: 8000 } } })).rejects.toBeInstanceOf(ForbiddenError);
    const customer = await testCtx('customer_admin', 'acme');
    await expect(listCatalogItems({ ctx: customer, input: { kind: 'codecs', query: new URLSearchParams() } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('soft-deletes to the Trash, restores, and refuses a restore onto a taken code', async () => {
    const ctx = await testCtx();
    const row = await createCatalogItem({ ctx, input: { kind: 'pops', values: pop() } });
    const deleted = await deleteCatalogItem({ ctx, input: { kind: 'pops', id: row.id } });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(deleted.deletedBy).toBe(ctx.actor.userId);
    await expect(getCatalogItem({ ctx, input: { kind: 'pops', id: row.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCatalogItem({ ctx, input: { kind: 'pops', id: row.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCatalogItems({ ctx, input: { kind: 'pops', query: new URLSearchParams({ q: row.code }) } })).items).toEqual([]);
    expect((await listCatalogTrash({ ctx, input: { kind: 'pops', query: new URLSearchParams({ q: row.code }) } })).items.map((r) => r.id)).toEqual([row.id]);
    // The code is free again while the row is in the Trash.
    const twin = await createCatalogItem({ ctx, input: { kind: 'pops', values: pop({ code: row.code }) } });
    expect(await problemsOf(restoreCatalogItem({ ctx, input: { kind: 'pops', id: row.id } }))).toEqual(['code']);
    await deleteCatalogItem({ ctx, input: { kind: 'pops', id: twin.id } });
    const restored = await restoreCatalogItem({ ctx, input: { kind: 'pops', id: row.id } });
    expect(restored.deletedAt).toBeNull();
    await expect(restoreCatalogItem({ ctx, input: { kind: 'pops', id: row.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('purges the Trash past the retention in batches, as the system actor, and keeps newer rows', async () => {
    const ctx = await testCtx();
    await updateCatalogSettings({ ctx, input: { trashRetentionDays: 7 } });
    expect(await getCatalogSettings({ ctx })).toEqual({ trashRetentionDays: 7 });
    expect(await problemsOf(updateCatalogSettings({ ctx, input: { trashRetentionDays: 0 } }))).toEqual(['trashRetentionDays']);
    const old = await Promise.all([1, 2, 3].map(() => createCatalogItem({ ctx, input: { kind: 'pops', values: pop() } })));
    const tier = await createCatalogItem({ ctx, input: { kind: 'voice-tiers', values: { name: 'Purge test', rank: 90 + Math.floor(Math.random() * 9), asrTargetBp: 4000, acdTargetSeconds: 120, pddTargetMs: 4000 } } });
    const fresh = await createCatalogItem({ ctx, input: { kind: 'pops', values: pop() } });
    for (const r of [...old, fresh]) await deleteCatalogItem({ ctx, input: { kind: 'pops', id: r.id } });
    await deleteCatalogItem({ ctx, input: { kind: 'voice-tiers', id: tier.id } });
    // Eight days ago for the old ones; the fresh one was deleted now.
    await withPlatform(async (tx) => {
      for (const r of old) await tx.update(catalogPops).set({ deletedAt: sql`now() - interval '8 days'` }).where(eq(catalogPops.id, r.id));
      await tx.update(catalogVoiceTiers).set({ deletedAt: sql`now() - interval '8 days'` }).where(eq(catalogVoiceTiers.id, tier.id));
    });
    const system = systemCtx('catalog-trash');
    let purged = 0;
    for (let i = 0; i < 20; i++) {
      const batch = await purgeCatalogTrash({ ctx: system, input: { limit: 2 } });
      expect(batch.purged).toBeLessThanOrEqual(2);
      purged += batch.purged;
      if (batch.remaining === 0) break;
    }
    expect(purged).toBeGreaterThanOrEqual(4);
    const left = await withPlatform((tx) => tx.select({ id: catalogPops.id }).from(catalogPops).where(eq(catalogPops.id, fresh.id)));
    expect(left).toHaveLength(1);
    for (const r of old) {
      expect(await withPlatform((tx) => tx.select().from(catalogPops).where(eq(catalogPops.id, r.id)))).toEqual([]);
      const events = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, r.id), eq(auditEvents.action, 'purge'))));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorKind: 'system', actorName: 'catalog-trash', entity: 'catalog_pop' });
    }
    expect(await withPlatform((tx) => tx.select().from(catalogVoiceTiers).where(eq(catalogVoiceTiers.id, tier.id)))).toEqual([]);
    // A user context without catalog.write cannot purge.
    await expect(purgeCatalogTrash({ ctx: await testCtx('support'), input: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('registers every kind with the assignment engine: live rows are items, Trash rows are not', async () => {
    const ctx = await testCtx();
    const row = await createCatalogItem({ ctx, input: { kind: 'pops', values: pop() } });
    for (const type of ['pop', 'voice_tier', 'codec', 'auth_method', 'channel_plan', 'did_country', 'did_provider']) expect(getAssignableType(type), type).toBeDefined();
    const popType = getAssignableType('pop')!;
    expect((await popType.listItems(ctx)).map((i) => i.key)).toContain(row.id);
    await deleteCatalogItem({ ctx, input: { kind: 'pops', id: row.id } });
    expect((await popType.listItems(ctx)).map((i) => i.key)).not.toContain(row.id);
    expect(popType.valueSchema.safeParse({ enabled: 'yes' }).success).toBe(false);
  });
});
