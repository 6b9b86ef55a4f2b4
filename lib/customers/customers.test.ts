import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { auditEvents, customerAccounts, customerCategoriesTable, users } from '@/db/schema';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import { tenantTx, type Ctx } from '@/lib/context';
import { customerScope } from './access';
import { createApiKey } from '@/lib/api-keys/services/create-api-key';
import {
  createCustomerAccount,
  createCustomerCategory,
  createCustomerGroup,
  deleteCustomerCategory,
  deleteCustomerGroup,
  getCustomerAccount,
  idPrefixRange,
  inviteCustomerAccountUser,
  listCustomerAccounts,
  listCustomerAccountUsers,
  listCustomerCategories,
  listCustomerGroups,
  setCustomerAccountStatus,
  updateCustomerAccount,
  updateCustomerCategory,
} from './index';

/** Services of lib/customers against PostgreSQL: scopes (platform, brand, own account), hostile input, the hierarchy rules. */

let rootId: string;
let acmeId: string;
let staff: Ctx;
let support: Ctx;
let acmeAdmin: Ctx;
let rootAdmin: Ctx;
let categoryId: string;
let otherCategoryId: string;

const base = (over: Record<string, unknown> = {}) => ({
  company: `Co ${randomUUID().slice(0, 8)}`,
  billingContactName: 'Ada Lovelace',
  billingEmail: `billing-${randomUUID().slice(0, 8)}@example.com`,
  country: 'gb',
  billingCurrency: 'eur',
  billingModel: 'prepaid' as const,
  categoryId,
  ...over,
});
const q = (o: Record<string, string> = {}) => new URLSearchParams(o);

beforeAll(async () => {
  rootId = await tenantIdOf('didtron');
  acmeId = await tenantIdOf('acme');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  support = await ctxOf(await createUser('didtron', 'support'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  rootAdmin = await ctxOf(await createUser('didtron', 'tenant_admin'), 'didtron');
  const cats = await withPlatform((tx) => tx.select().from(customerCategoriesTable));
  categoryId = cats.find((c) => c.slug === 'enterprise')!.id;
  otherCategoryId = cats.find((c) => c.slug === 'sip_trunk')!.id;
});

describe('customer accounts', () => {
  it('creates with normalised fields, a database-assigned account number and an audit event', async () => {
    const account = await createCustomerAccount({ ctx: acmeAdmin, input: base({ billingEmail: '  Billing@Example.COM ' }) });
    expect(account).toMatchObject({ tenantId: acmeId, country: 'GB', billingCurrency: 'EUR', billingEmail: 'billing@example.com', status: 'active', creditLimitMinor: null });
    expect(account.accountNumber).toMatch(/^\d{6,12}$/);
    const events = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, account.id)));
    expect(events.map((e) => e.action)).toEqual(['create']);
  });

  it('needs a credit limit exactly for postpaid, and refuses unknown countries and currencies by field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ billingModel: 'postpaid' }, 'creditLimitMinor'],
      [{ billingModel: 'prepaid', creditLimitMinor: 100 }, 'creditLimitMinor'],
      [{ billingModel: 'postpaid', creditLimitMinor: 1.5 }, 'creditLimitMinor'],
      [{ billingModel: 'postpaid', creditLimitMinor: 1e30 }, 'creditLimitMinor'],
      [{ country: 'ZZ' }, 'country'],
      [{ country: 'EU' }, 'country'],
      [{ billingCurrency: 'XAU' }, 'billingCurrency'],
      [{ company: 'a\u0000b' }, 'company'],
      [{ company: 'x'.repeat(201) }, 'company'],
      [{ billingEmail: 'not-an-email' }, 'billingEmail'],
      [{ categoryId: randomUUID() }, 'categoryId'],
      [{ categoryId: 'nope' }, 'categoryId'],
      [{ groupId: randomUUID() }, 'groupId'],
      [{ company: 42 }, 'company'],
    ];
    for (const [over, path] of cases) {
      const err = await createCustomerAccount({ ctx: acmeAdmin, input: base(over) as never }).catch((e: unknown) => e);
      expect(err, JSON.stringify(over)).toMatchObject({ status: 422 });
      expect((err as { problems: Array<{ path: string }> }).problems.map((p) => p.path), JSON.stringify(over)).toContain(path);
    }
    const postpaid = await createCustomerAccount({ ctx: acmeAdmin, input: base({ billingModel: 'postpaid', creditLimitMinor: 500_00 }) });
    expect(postpaid.creditLimitMinor).toBe(50000);
  });

  it('keeps a group inside its category', async () => {
    const group = await createCustomerGroup({ ctx: staff, input: { categoryId: otherCategoryId, name: `G ${randomUUID().slice(0, 6)}` } });
    await expect(createCustomerAccount({ ctx: acmeAdmin, input: base({ groupId: group.id }) })).rejects.toMatchObject({ status: 422, problems: [{ path: 'groupId' }] });
    const ok = await createCustomerAccount({ ctx: acmeAdmin, input: base({ categoryId: otherCategoryId, groupId: group.id }) });
    // Changing the category without naming a group leaves the group behind.
    const moved = await updateCustomerAccount({ ctx: acmeAdmin, input: { id: ok.id, categoryId } });
    expect(moved).toMatchObject({ categoryId, groupId: null });
    await expect(deleteCustomerGroup({ ctx: staff, input: { id: group.id } })).resolves.toEqual({ id: group.id });
  });

  it('isolates brands: a tenant admin sees and changes its own brand only, even when it names another', async () => {
    const rootAccount = await createCustomerAccount({ ctx: staff, input: base({ tenantId: rootId }) });
    const acmeAccount = await createCustomerAccount({ ctx: acmeAdmin, input: base({ tenantId: acmeId }) });
    await expect(createCustomerAccount({ ctx: acmeAdmin, input: base({ tenantId: rootId }) })).rejects.toMatchObject({ status: 404 });
    await expect(getCustomerAccount({ ctx: acmeAdmin, input: { id: rootAccount.id } })).rejects.toMatchObject({ status: 404 });
    await expect(updateCustomerAccount({ ctx: acmeAdmin, input: { id: rootAccount.id, company: 'Hijacked' } })).rejects.toMatchObject({ status: 404 });
    await expect(setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: rootAccount.id, status: 'suspended', reason: 'hostile takeover' } })).rejects.toMatchObject({ status: 404 });
    await expect(listCustomerAccountUsers({ ctx: acmeAdmin, input: { accountId: rootAccount.id, query: q() } })).rejects.toMatchObject({ status: 404 });
    const page = await listCustomerAccounts({ ctx: acmeAdmin, input: q({ limit: '100', tenant: rootId }) });
    expect(page.items.every((a) => a.tenantId === acmeId)).toBe(true);
    const search = await listCustomerAccounts({ ctx: acmeAdmin, input: q({ q: rootAccount.company }) });
    expect(search.items).toEqual([]);
    // The same tenant admin session on another brand's host is refused outright.
    await expect(listCustomerAccounts({ ctx: { ...acmeAdmin, tenant: { id: rootId, slug: 'didtron' } }, input: q() })).rejects.toMatchObject({ status: 403 });
    // A root-brand tenant admin does not see a reseller's accounts either.
    await expect(getCustomerAccount({ ctx: rootAdmin, input: { id: acmeAccount.id } })).rejects.toMatchObject({ status: 404 });
    // Platform staff see both.
    await expect(getCustomerAccount({ ctx: support, input: { id: acmeAccount.id } })).resolves.toMatchObject({ tenantSlug: 'acme' });
    await expect(createCustomerAccount({ ctx: support, input: base() })).rejects.toMatchObject({ status: 403 });
  });

  it('reads a list page in one round trip under RLS, and inside a caller\'s transaction joins it', async () => {
    const rootAccount = await createCustomerAccount({ ctx: staff, input: base({ tenantId: rootId }) });
    await createCustomerAccount({ ctx: acmeAdmin, input: base({ tenantId: acmeId }) });
    // The scope's one-statement read without the service's tenant condition: RLS alone confines it.
    const brand = await customerScope(acmeAdmin, 'customers.read');
    const seen = await brand.read((tx) => tx.select({ tenantId: customerAccounts.tenantId }).from(customerAccounts));
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((r) => r.tenantId))).toEqual(new Set([acmeId]));
    const platform = await customerScope(support, 'customers.read');
    const all = await platform.read((tx) => tx.select({ tenantId: customerAccounts.tenantId }).from(customerAccounts));
    expect(new Set(all.map((r) => r.tenantId))).toEqual(new Set([acmeId, rootId]));
    expect((await listCustomerAccounts({ ctx: support, input: q({ q: rootAccount.company }) })).items.map((i) => i.id)).toEqual([rootAccount.id]);
    // Called inside a service's transaction, the page sees that transaction's uncommitted row.
    class Undo extends Error {}
    await expect(
      tenantTx(acmeAdmin, acmeId, async (tx, txCtx) => {
        const inside = await createCustomerAccount({ ctx: txCtx, input: base() });
        const page = await listCustomerAccounts({ ctx: txCtx, input: q({ q: inside.company }) });
        expect(page.items.map((i) => i.id)).toEqual([inside.id]);
        throw new Undo();
      }),
    ).rejects.toBeInstanceOf(Undo);
  });

  it('searches company, billing email, account number and id prefix', async () => {
    const tag = randomUUID().slice(0, 8);
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: base({ company: `Zephyr ${tag} Telecom`, billingEmail: `ap-${tag}@zephyr.example` }) });
    const find = async (term: string) => (await listCustomerAccounts({ ctx: acmeAdmin, input: q({ q: term }) })).items.map((i) => i.id);
    expect(await find(`zephyr ${tag}`)).toEqual([a.id]);
    expect(await find(`ap-${tag}@`)).toEqual([a.id]);
    expect(await find(a.accountNumber)).toContain(a.id);
    expect(await find(a.id.slice(0, 13))).toContain(a.id);
    expect(await find('100%_\\')).toEqual([]);
    expect(idPrefixRange('3f2a')).toEqual({ low: '3f2a0000-0000-0000-0000-000000000000', high: '3f2affff-ffff-ffff-ffff-ffffffffffff' });
    expect(idPrefixRange('3f2')).toBeNull();
    expect(idPrefixRange('zephyr')).toBeNull();
    await expect(listCustomerAccounts({ ctx: acmeAdmin, input: q({ q: 'a\u0001' }) })).rejects.toMatchObject({ status: 422 });
    await expect(listCustomerAccounts({ ctx: acmeAdmin, input: q({ cursor: 'garbage' }) })).rejects.toMatchObject({ status: 422 });
    await expect(listCustomerAccounts({ ctx: acmeAdmin, input: q({ status: 'deleted' }) })).rejects.toMatchObject({ status: 422 });
  });

  it('uses the trigram indexes for search, not a scan', async () => {
    const plan = await withPlatform(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute(sql`explain select id from customer_accounts where company ilike '%zephyr%' or billing_email ilike '%zephyr%' or account_number ilike '%zephyr%'`);
      return (rows as unknown as Array<Record<string, string>>).map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toMatch(/customer_accounts_company_trgm/);
    expect(plan).toMatch(/customer_accounts_billing_email_trgm/);
  });

  it('suspends and closes with a reason; closed is final', async () => {
    const a = await createCustomerAccount({ ctx: acmeAdmin, input: base() });
    await expect(setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'suspended', reason: 'x' } })).rejects.toMatchObject({ status: 422 });
    const s = await setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'suspended', reason: 'Unpaid invoice' } });
    expect(s).toMatchObject({ status: 'suspended', statusReason: 'Unpaid invoice' });
    await expect(setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'suspended', reason: 'again please' } })).rejects.toMatchObject({ status: 409 });
    await setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'closed', reason: 'Customer left' } });
    await expect(setCustomerAccountStatus({ ctx: acmeAdmin, input: { id: a.id, status: 'active', reason: 'Came back' } })).rejects.toMatchObject({ status: 409 });
    await expect(updateCustomerAccount({ ctx: acmeAdmin, input: { id: a.id, company: 'New name' } })).rejects.toMatchObject({ status: 422 });
  });
});

describe('account users', () => {
  it('invites into an account through lib/users; a customer admin sees and manages its own account only', async () => {
    const mine = await createCustomerAccount({ ctx: acmeAdmin, input: base() });
    const other = await createCustomerAccount({ ctx: acmeAdmin, input: base() });
    const { user } = await inviteCustomerAccountUser({ ctx: acmeAdmin, input: { accountId: mine.id, name: 'Cleo Admin', email: `cleo-${randomUUID().slice(0, 6)}@example.com`, role: 'customer_admin' } });
    expect(user).toMatchObject({ customerAccountId: mine.id, role: 'customer_admin', companyName: mine.company, billingCurrency: 'EUR', customerCategory: 'enterprise' });
    await expect(inviteCustomerAccountUser({ ctx: acmeAdmin, input: { accountId: mine.id, name: 'Bad Role', email: 'bad@example.com', role: 'tenant_admin' as never } })).rejects.toMatchObject({ status: 422 });

    const member = await createUser('acme', 'customer_admin');
    await withTenant(acmeId, (tx) => tx.update(users).set({ customerAccountId: mine.id }).where(eq(users.id, member.id)));
    const memberCtx = await ctxOf({ ...member, customerAccountId: mine.id }, 'acme');
    const list = await listCustomerAccounts({ ctx: memberCtx, input: q() });
    expect(list.items.map((i) => i.id)).toEqual([mine.id]);
    await expect(getCustomerAccount({ ctx: memberCtx, input: { id: other.id } })).rejects.toMatchObject({ status: 404 });
    await expect(updateCustomerAccount({ ctx: memberCtx, input: { id: mine.id, company: 'Mine now' } })).rejects.toMatchObject({ status: 403 });
    await expect(inviteCustomerAccountUser({ ctx: memberCtx, input: { accountId: other.id, name: 'Sneaky Invite', email: 'sneaky@example.com', role: 'customer_user' } })).rejects.toMatchObject({ status: 404 });
    await inviteCustomerAccountUser({ ctx: memberCtx, input: { accountId: mine.id, name: 'Colleague One', email: `col-${randomUUID().slice(0, 6)}@example.com`, role: 'customer_user' } });
    const people = await listCustomerAccountUsers({ ctx: memberCtx, input: { accountId: mine.id, query: q() } });
    expect(people.items.map((p) => p.role).sort()).toEqual(['customer_admin', 'customer_admin', 'customer_user']);

    // The member's API keys belong to its account too.
    const key = await createApiKey({ ctx: memberCtx, input: { name: 'account key', scopes: ['customers.read'] } });
    expect(key.customerAccountId).toBe(mine.id);

    const loner = await ctxOf(await createUser('acme', 'customer_admin'), 'acme');
    await expect(listCustomerAccounts({ ctx: loner, input: q() })).rejects.toMatchObject({ status: 403 });
  });
});

describe('categories and groups', () => {
  it('are seeded, editable by platform staff only, and deleted only when empty', async () => {
    const { items } = await listCustomerCategories({ ctx: acmeAdmin });
    expect(items.map((c) => c.slug).slice(0, 4)).toEqual(['sip_trunk', 'enterprise', 'call_center', 'individual']);
    expect(items.every((c) => c.publicDescription.length > 20)).toBe(true);
    await expect(createCustomerCategory({ ctx: acmeAdmin, input: { slug: 'x', name: 'X' } })).rejects.toMatchObject({ status: 403 });
    const slug = `cat_${randomUUID().slice(0, 6)}`;
    const cat = await createCustomerCategory({ ctx: staff, input: { slug, name: 'Wholesale', defaultModules: ['numbers', 'numbers'] } });
    expect(cat.defaultModules).toEqual(['numbers']);
    await expect(createCustomerCategory({ ctx: staff, input: { slug, name: 'Again' } })).rejects.toMatchObject({ status: 422, problems: [{ path: 'slug' }] });
    await expect(createCustomerCategory({ ctx: staff, input: { slug: 'Bad Slug', name: 'x' } })).rejects.toMatchObject({ status: 422 });
    await expect(updateCustomerCategory({ ctx: staff, input: { id: cat.id, publicDescription: 'line\nbreak ok' } })).resolves.toMatchObject({ publicDescription: 'line\nbreak ok' });
    const group = await createCustomerGroup({ ctx: staff, input: { categoryId: cat.id, name: 'Gold' } });
    await expect(createCustomerGroup({ ctx: staff, input: { categoryId: cat.id, name: 'gold' } })).rejects.toMatchObject({ status: 422, problems: [{ path: 'name' }] });
    await expect(deleteCustomerCategory({ ctx: staff, input: { id: cat.id } })).rejects.toMatchObject({ status: 409 });
    const groups = await listCustomerGroups({ ctx: support, input: q({ category: cat.id }) });
    expect(groups.items.map((g) => g.name)).toEqual(['Gold']);
    await deleteCustomerGroup({ ctx: staff, input: { id: group.id } });
    await expect(deleteCustomerCategory({ ctx: staff, input: { id: cat.id } })).resolves.toEqual({ id: cat.id });
  });
});
