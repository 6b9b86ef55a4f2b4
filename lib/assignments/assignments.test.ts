import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { assignments, auditEvents, customerCategoriesTable, users } from '@/db/schema';
import { getPbxOverview } from '@/lib/pbx/services/get-pbx-overview';
import { customerNavFor, moduleAccessOf } from '@/lib/portal-modules/access';
import { platformTx, type Ctx } from '@/lib/context';
import { createCustomerAccount, createCustomerGroup } from '@/lib/customers';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createUser, ctxOf } from '@/tests/actors';
import { assign } from './services/assign';
import { getEffectiveConfiguration } from './services/get-effective-configuration';
import { listItemAssignments, listTargetAssignments } from './services/list-assignments';
import { moveCustomer, previewCustomerMove } from './services/move-customer';
import { unassign } from './services/unassign';

/** The engine against PostgreSQL: assign/unassign, the effective configuration query and its query count, the move preview. */

let staff: Ctx;
let acmeAdmin: Ctx;
let enterpriseId: string;
let sipTrunkId: string;
let groupId: string;
let alpha: string;
let beta: string;

const pbxOf = async (ctx: Ctx, accountId: string) => {
  const config = await getEffectiveConfiguration({ ctx, input: { accountId } });
  return config.types.find((t) => t.type === 'portal_module')!.items.find((i) => i.key === 'cloud_pbx')!;
};
const account = (company: string, categoryId: string, group: string | null = null) =>
  createCustomerAccount({ ctx: acmeAdmin, input: { company, billingContactName: 'Ada', billingEmail: `b-${randomUUID().slice(0, 8)}@example.com`, country: 'GB', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId, groupId: group } });

beforeAll(async () => {
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  const cats = await withPlatform((tx) => tx.select().from(customerCategoriesTable));
  enterpriseId = cats.find((c) => c.slug === 'enterprise')!.id;
  sipTrunkId = cats.find((c) => c.slug === 'sip_trunk')!.id;
  groupId = (await createCustomerGroup({ ctx: staff, input: { categoryId: enterpriseId, name: `Gold ${randomUUID().slice(0, 6)}` } })).id;
  alpha = (await account('Alpha Ltd', enterpriseId)).id;
  beta = (await account('Beta Ltd', enterpriseId, groupId)).id;
  // A known starting point whatever the seed assigned: Cloud PBX enabled for Enterprise.
  await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'category', targetId: enterpriseId, value: { enabled: true } } });
});

describe('assignment engine on PostgreSQL', () => {
  it('resolves category, then customer and group overrides, naming the source; removal falls back', async () => {
    expect(await pbxOf(staff, alpha)).toMatchObject({ available: true, source: { level: 'category', targetId: enterpriseId, targetName: 'Enterprise' } });
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'category', targetId: enterpriseId, value: { enabled: false } } });
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: alpha, value: { enabled: true } } });
    const a = await pbxOf(staff, alpha);
    expect(a).toMatchObject({ available: true, display: 'Enabled', source: { level: 'customer', targetId: alpha, targetName: 'Alpha Ltd' } });
    expect(a.overridden).toEqual([expect.objectContaining({ level: 'category', display: 'Hidden' })]);
    expect(await pbxOf(staff, beta)).toMatchObject({ available: false, source: { level: 'category' } });
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'group', targetId: groupId, value: { enabled: true } } });
    expect(await pbxOf(staff, beta)).toMatchObject({ available: true, source: { level: 'group', targetId: groupId } });
    await unassign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'group', targetId: groupId } });
    await unassign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: alpha } });
    expect(await pbxOf(staff, alpha)).toMatchObject({ available: false, source: { level: 'category' } });
    await expect(unassign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: alpha } })).rejects.toBeInstanceOf(NotFoundError);
    const events = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entity, 'assignment'), eq(auditEvents.actorId, staff.actor.userId))));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['assign', 'unassign']));
    const where = await listItemAssignments({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx' } });
    expect(where.items.find((r) => r.targetId === enterpriseId)).toMatchObject({ level: 'category', targetName: 'Enterprise', value: { enabled: false } });
  });

  it('keeps one row per item and target, and shows defaults for settings assigned nowhere', async () => {
    await assign({ ctx: staff, input: { itemType: 'pbx_setting', itemKey: 'max_extensions', level: 'customer', targetId: alpha, value: { value: 25 } } });
    await assign({ ctx: staff, input: { itemType: 'pbx_setting', itemKey: 'max_extensions', level: 'customer', targetId: alpha, value: { value: 30 } } });
    const rows = await withPlatform((tx) => tx.select().from(assignments).where(and(eq(assignments.targetId, alpha), eq(assignments.itemKey, 'max_extensions'))));
    expect(rows).toHaveLength(1);
    const config = await getEffectiveConfiguration({ ctx: staff, input: { accountId: alpha } });
    const pbx = config.types.find((t) => t.type === 'pbx_setting')!.items;
    expect(pbx.find((i) => i.key === 'max_extensions')).toMatchObject({ value: { value: 30 }, source: { level: 'customer' } });
    expect(pbx.find((i) => i.key === 'call_recording')).toMatchObject({ value: { value: false }, source: { level: 'default', targetName: 'Default' } });
  });

  it('answers the effective configuration in a handful of queries', async () => {
    const calls = await platformTx(staff, async (tx, ctx) => {
      const session = (tx as unknown as { session: { prepareQuery: (...a: unknown[]) => unknown } }).session;
      const spy = vi.spyOn(session, 'prepareQuery');
      await getEffectiveConfiguration({ ctx, input: { accountId: beta } });
      const n = spy.mock.calls.length;
      spy.mockRestore();
      return n;
    });
    // placement + assignments (+ the registered types' item lists, none for static types).
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('refuses bad values, unknown types, items and targets by field, and non-staff', async () => {
    const problems = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as ValidationError).problems?.map((x) => x.path);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'all', value: { enabled: 'yes' } } }))).toEqual(['value.enabled']);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'nope', itemKey: 'x', level: 'all', value: {} } }))).toEqual(['itemType']);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'warp_drive', level: 'all', value: { enabled: true } } }))).toEqual(['itemKey']);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'pbx_setting', itemKey: 'call_recording', level: 'all', value: { value: 5 } } }))).toEqual(['value']);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'category', value: { enabled: true } } }))).toEqual(['targetId']);
    expect(await problems(assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'a\u0000b', level: 'all', value: { enabled: true } } }))).toEqual(['itemKey']);
    await expect(assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: randomUUID(), value: { enabled: true } } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assign({ ctx: acmeAdmin, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'all', value: { enabled: true } } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("scopes the effective configuration: a brand's admin sees its own accounts only", async () => {
    expect((await getEffectiveConfiguration({ ctx: acmeAdmin, input: { accountId: alpha } })).account.company).toBe('Alpha Ltd');
    const rootAdmin = await ctxOf(await createUser('didtron', 'tenant_admin'), 'didtron');
    await expect(getEffectiveConfiguration({ ctx: rootAdmin, input: { accountId: alpha } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a brand's admin manage its own customers' assignments, never the root brand's rows or another brand's", async () => {
    const acmeCustomer = { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer' as const, targetId: alpha };
    const platformRows = async () => (await listItemAssignments({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx' } })).items.filter((r) => r.level !== 'customer');
    const before = await platformRows();
    const row = await assign({ ctx: acmeAdmin, input: { ...acmeCustomer, value: { enabled: false } } });
    expect(row).toMatchObject({ tenantId: (await withPlatform((tx) => tx.select({ t: users.tenantId }).from(users).where(eq(users.id, acmeAdmin.actor.userId))))[0]!.t, targetName: 'Alpha Ltd' });
    expect(await pbxOf(acmeAdmin, alpha)).toMatchObject({ available: false, source: { level: 'customer' } });
    // Reads: its own customers' rows only (the category row above is the platform's).
    const listed = await listItemAssignments({ ctx: acmeAdmin, input: { itemType: 'portal_module', itemKey: 'cloud_pbx' } });
    expect(listed.items.map((r) => [r.level, r.targetId])).toEqual([['customer', alpha]]);
    expect((await listTargetAssignments({ ctx: acmeAdmin, input: { level: 'customer', targetId: alpha } })).items.map((r) => r.itemKey)).toContain('cloud_pbx');

    // The root brand's rows (ALL, category, group): refused, to read and to write, and untouched.
    for (const target of [{ level: 'all' as const }, { level: 'category' as const, targetId: enterpriseId }, { level: 'group' as const, targetId: groupId }]) {
      await expect(assign({ ctx: acmeAdmin, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', ...target, value: { enabled: false } } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unassign({ ctx: acmeAdmin, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', ...target } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listTargetAssignments({ ctx: acmeAdmin, input: target })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await platformRows()).toEqual(before);

    // Another brand's customer (the root brand's): a 404 like a missing one, its row untouched.
    const rootAccount = await createCustomerAccount({
      ctx: staff,
      input: { company: 'Root Co', billingContactName: 'Ada', billingEmail: `r-${randomUUID().slice(0, 8)}@example.com`, country: 'GB', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId: enterpriseId },
    });
    const rootCustomer = { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer' as const, targetId: rootAccount.id };
    await assign({ ctx: staff, input: { ...rootCustomer, value: { enabled: true } } });
    await expect(assign({ ctx: acmeAdmin, input: { ...rootCustomer, value: { enabled: false } } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(unassign({ ctx: acmeAdmin, input: rootCustomer })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listTargetAssignments({ ctx: acmeAdmin, input: { level: 'customer', targetId: rootAccount.id } })).toEqual({ items: [] });
    expect(await pbxOf(staff, rootAccount.id)).toMatchObject({ available: true, source: { level: 'customer' } });
    // On another brand's host the same admin is nobody; a customer admin manages no assignments.
    await expect(assign({ ctx: { ...acmeAdmin, tenant: staff.tenant }, input: { ...acmeCustomer, value: { enabled: true } } })).rejects.toBeInstanceOf(ForbiddenError);
    const customerAdmin = await ctxOf(await createUser('acme', 'customer_admin'), 'acme');
    await expect(assign({ ctx: customerAdmin, input: { ...acmeCustomer, value: { enabled: true } } })).rejects.toBeInstanceOf(ForbiddenError);

    await unassign({ ctx: acmeAdmin, input: acmeCustomer });
    expect(await pbxOf(acmeAdmin, alpha)).toMatchObject({ source: { level: 'category' } });
  });

  it('seeds the categories\' default modules as category-level assignments', async () => {
    const rows = await withPlatform((tx) => tx.select().from(assignments).where(and(eq(assignments.itemType, 'portal_module'), eq(assignments.level, 'category'))));
    const cats = await withPlatform((tx) => tx.select().from(customerCategoriesTable));
    const callCenter = cats.find((c) => c.slug === 'call_center')!;
    expect(callCenter.defaultModules).toEqual(['cloud_pbx']);
    expect(rows.find((r) => r.targetId === callCenter.id)).toMatchObject({ itemKey: 'cloud_pbx', value: { enabled: true } });
  });

  it('guards the Cloud PBX module: hidden means no menu entry and a 404 from its service', async () => {
    const user = await createUser('acme', 'customer_user');
    await withTenant(user.tenantId, (tx) => tx.update(users).set({ customerAccountId: beta }).where(eq(users.id, user.id)));
    const ctx = await ctxOf(user, 'acme');
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'category', targetId: enterpriseId, value: { enabled: false } } });
    expect(customerNavFor((await moduleAccessOf(ctx)).enabled).modules.map((m) => m.key)).not.toContain('cloud_pbx');
    await expect(getPbxOverview({ ctx })).rejects.toBeInstanceOf(NotFoundError);
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'group', targetId: groupId, value: { enabled: true } } });
    expect(customerNavFor((await moduleAccessOf(ctx)).enabled).modules.map((m) => m.key)).toContain('cloud_pbx');
    const overview = await getPbxOverview({ ctx });
    expect(overview.account.id).toBe(beta);
    expect(overview.settings.find((s) => s.key === 'max_extensions')).toMatchObject({ value: 10, source: { level: 'default' } });
    expect(overview.extensions).toEqual([]);
    // A user without a customer account (a reseller's admin) sees no customer module.
    expect((await moduleAccessOf(acmeAdmin)).enabled.size).toBe(0);
    await unassign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'group', targetId: groupId } });
  });

  it('previews a move with what the account gains and loses, then applies it with an audit event', async () => {
    await assign({ ctx: staff, input: { itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'category', targetId: sipTrunkId, value: { enabled: true } } });
    const preview = await previewCustomerMove({ ctx: staff, input: { accountId: alpha, categoryId: sipTrunkId } });
    expect(preview.changes).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'portal_module', key: 'cloud_pbx', change: 'gained' })]));
    const stillEnterprise = await pbxOf(staff, alpha);
    expect(stillEnterprise.available).toBe(false);
    await moveCustomer({ ctx: staff, input: { accountId: alpha, categoryId: sipTrunkId } });
    expect(await pbxOf(staff, alpha)).toMatchObject({ available: true, source: { level: 'category', targetId: sipTrunkId } });
    const events = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, alpha), eq(auditEvents.action, 'move'))));
    expect(events).toHaveLength(1);
    await expect(previewCustomerMove({ ctx: staff, input: { accountId: alpha, categoryId: enterpriseId, groupId: randomUUID() } })).rejects.toBeInstanceOf(NotFoundError);
  });
});
