import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { testCtx } from '@/tests/factories';
import { getAuditEvent } from './get-audit-event';
import { listAuditEvents } from './list-audit-events';

/** Events of one made-up entity kind, so that each run sees only its own rows. */
const entity = `test_${randomUUID().slice(0, 8)}`;
let tenants: { root: string; acme: string };
let adminId: string;
const ids: string[] = [];
const person = randomUUID();

/** Five events: three at root, two at acme, one minute apart from 2031-03-01T10:00Z, the fourth impersonated. */
beforeAll(async () => {
  tenants = { root: (await lookupSlug('didtron'))!.tenantId, acme: (await lookupSlug('acme'))!.tenantId };
  [{ id: adminId }] = await withPlatform((tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, 'admin@didtron.localhost'))) as [{ id: string }];
  const rows = [
    { tenantId: tenants.root, actorId: adminId, action: 'create', entityId: 'alpha-1' },
    { tenantId: tenants.root, actorId: adminId, action: 'update', entityId: 'alpha-2' },
    { tenantId: tenants.acme, actorId: person, action: 'update', entityId: 'beta-1', impersonatorId: adminId },
    { tenantId: tenants.acme, actorId: adminId, action: 'delete', entityId: person, entity: 'user' },
    { tenantId: tenants.root, actorId: randomUUID(), action: 'create', entityId: 'gamma-1' },
  ];
  const inserted = await withPlatform((tx) =>
    tx
      .insert(auditEvents)
      .values(
        rows.map((r, i) => ({
          entity,
          actorRole: 'super_admin',
          before: i === 1 ? { name: 'Old' } : null,
          after: { name: `New ${i}` },
          occurredAt: new Date(Date.UTC(2031, 2, 1, 10, i)),
          ...r,
        })),
      )
      .returning({ id: auditEvents.id }),
  );
  ids.push(...inserted.map((r) => r.id));
});

const list = async (params: Record<string, string>, role: Parameters<typeof testCtx>[0] = 'super_admin', tenant = 'didtron') =>
  listAuditEvents({ ctx: await testCtx(role, tenant), input: new URLSearchParams({ entity, ...params }) });
const order = (items: Array<{ id: string }>) => items.map((e) => ids.indexOf(e.id));

describe('listAuditEvents', () => {
  it('lists newest first and pages by (occurred_at, id) without skipping or repeating', async () => {
    expect(order((await list({})).items)).toEqual([4, 2, 1, 0]); // the user event has entity "user"
    const p1 = await list({ limit: '2' });
    expect(order(p1.items)).toEqual([4, 2]);
    const p2 = await list({ limit: '2', cursor: p1.pageInfo.nextCursor! });
    expect(order(p2.items)).toEqual([1, 0]);
    expect(p2.pageInfo.nextCursor).toBeNull();
    const back = await list({ limit: '2', cursor: p2.pageInfo.prevCursor! });
    expect(order(back.items)).toEqual([4, 2]);
    expect(order((await list({ sort: 'occurredAt' })).items)).toEqual([0, 1, 2, 4]);
  });

  it('filters by tenant, action, actor, entity id search, and a UTC date range', async () => {
    expect(order((await list({ tenant: tenants.acme })).items)).toEqual([2]);
    expect(order((await list({ action: 'update' })).items)).toEqual([2, 1]);
    expect(order((await list({ actor: adminId })).items)).toEqual([1, 0]);
    expect(order((await list({ q: 'alpha' })).items)).toEqual([1, 0]);
    expect(order((await list({ from: '2031-03-01T10:01:00Z', to: '2031-03-01T10:02:00Z' })).items)).toEqual([2, 1]);
    expect(order((await list({ from: '2031-03-01T11:01:00+01:00' })).items)).toEqual([4, 2, 1]);
    expect(order((await list({ from: '2031-03-01', to: '2031-03-01' })).items)).toEqual([4, 2, 1, 0]);
    expect((await list({ from: '2031-03-02' })).items).toEqual([]);
    expect((await list({ to: '2031-02-28' })).items).toEqual([]);
  });

  it('finds everything done by, as, or to a user', async () => {
    const events = await listAuditEvents({ ctx: await testCtx(), input: new URLSearchParams({ user: person, from: '2031-03-01', to: '2031-03-01' }) });
    expect(order(events.items)).toEqual([3, 2]);
    const asImpersonator = await listAuditEvents({ ctx: await testCtx(), input: new URLSearchParams({ user: adminId, entity, action: 'update', tenant: tenants.acme }) });
    expect(asImpersonator.items).toMatchObject([{ id: ids[2], actorId: person, impersonatorId: adminId, impersonatorEmail: 'admin@didtron.localhost', tenantSlug: 'acme' }]);
  });

  it('names each bad filter', async () => {
    await expect(list({ from: 'yesterday' })).rejects.toMatchObject({ status: 422, details: [{ path: 'from' }] });
    await expect(list({ from: '2031-03-01T10:00:00' })).rejects.toMatchObject({ status: 422, details: [{ path: 'from' }] }); // no offset
    await expect(list({ from: '2031-03-02', to: '2031-03-01' })).rejects.toMatchObject({ status: 422, details: [{ path: 'to' }] });
    await expect(list({ tenant: 'acme' })).rejects.toMatchObject({ status: 422, details: [{ path: 'tenant' }] });
    await expect(list({ actor: 'x' })).rejects.toMatchObject({ status: 422, details: [{ path: 'actor' }] });
    await expect(list({ user: 'x' })).rejects.toMatchObject({ status: 422, details: [{ path: 'user' }] });
    await expect(list({ action: 'drop table' })).rejects.toMatchObject({ status: 422, details: [{ path: 'action' }] });
  });

  it('shows a tenant admin their own tenant only, and refuses roles without audit.read', async () => {
    expect(order((await list({}, 'tenant_admin', 'acme')).items)).toEqual([2]);
    expect((await list({ tenant: tenants.root }, 'tenant_admin', 'acme')).items).toEqual([]);
    const seenByTenant = (await list({}, 'tenant_admin', 'acme')).items[0]!;
    // The impersonator is a root-tenant account: RLS keeps its name from the reseller, not its id.
    expect(seenByTenant).toMatchObject({ impersonatorId: adminId, impersonatorEmail: null });
    expect(order((await list({}, 'support')).items)).toEqual([4, 2, 1, 0]);
    for (const role of ['customer_admin', 'customer_user', 'noc', 'carrier_user'] as const) {
      await expect(list({}, role, role === 'noc' ? 'didtron' : 'acme')).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe('getAuditEvent', () => {
  it('returns one event with its before and after documents, within the reader’s scope', async () => {
    const ctx = await testCtx('billing');
    await expect(getAuditEvent({ ctx, input: { id: ids[1]! } })).resolves.toMatchObject({
      id: ids[1],
      entity,
      action: 'update',
      before: { name: 'Old' },
      after: { name: 'New 1' },
      actorEmail: 'admin@didtron.localhost',
      tenantSlug: 'didtron',
    });
    const acme = await testCtx('tenant_admin', 'acme');
    await expect(getAuditEvent({ ctx: acme, input: { id: ids[2]! } })).resolves.toMatchObject({ id: ids[2] });
    await expect(getAuditEvent({ ctx: acme, input: { id: ids[1]! } })).rejects.toMatchObject({ status: 404 });
    await expect(getAuditEvent({ ctx, input: { id: randomUUID() } })).rejects.toMatchObject({ status: 404 });
    await expect(getAuditEvent({ ctx: await testCtx('customer_admin', 'acme'), input: { id: ids[2]! } })).rejects.toMatchObject({ status: 403 });
  });
});
