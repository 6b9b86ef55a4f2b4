import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, ctxOf } from '@/tests/actors';
import type { Ctx } from '@/lib/context';

/** Next's cache functions, recorded: the category services must expire the website's tag after their commit. */
const cache = vi.hoisted(() => ({ revalidated: [] as Array<{ tag: string; profile: unknown }>, cachedCalls: [] as Array<{ keys: string[]; tags: string[] }> }));
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => cache.revalidated.push({ tag, profile }),
  unstable_cache: (fn: () => Promise<unknown>, keys: string[], opts: { tags: string[] }) => {
    cache.cachedCalls.push({ keys, tags: opts.tags });
    return fn;
  },
}));

const { createCustomerCategory, updateCustomerCategory, deleteCustomerCategory, createCustomerAccount, createCustomerGroup, deleteCustomerGroup } = await import('./index');
const { cachedPublicCategories, PUBLIC_CATEGORIES_TAG } = await import('./public-categories');

let staff: Ctx;
let acmeAdmin: Ctx;
beforeAll(async () => {
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
});
afterEach(() => {
  cache.revalidated.length = 0;
  cache.cachedCalls.length = 0;
});

const expired = () => cache.revalidated.filter((r) => r.tag === PUBLIC_CATEGORIES_TAG);

describe('the website reads the categories under one tag, expired by every change', () => {
  it('reads name and public description only, in the admin order, under the tag', async () => {
    const items = await cachedPublicCategories();
    expect(cache.cachedCalls).toEqual([{ keys: ['public-categories'], tags: [PUBLIC_CATEGORIES_TAG] }]);
    expect(items.slice(0, 4).map((c) => c.slug)).toEqual(['sip_trunk', 'enterprise', 'call_center', 'individual']);
    expect(Object.keys(items[0]!).sort()).toEqual(['name', 'publicDescription', 'slug']);
  });

  it('create, update and delete expire the tag once each, after the commit (the new text is read back)', async () => {
    const slug = `web_${randomUUID().slice(0, 6)}`;
    const cat = await createCustomerCategory({ ctx: staff, input: { slug, name: 'Web One', publicDescription: 'First text' } });
    expect(expired()).toEqual([{ tag: PUBLIC_CATEGORIES_TAG, profile: { expire: 0 } }]);
    await updateCustomerCategory({ ctx: staff, input: { id: cat.id, publicDescription: 'Second text' } });
    expect(expired()).toHaveLength(2);
    expect((await cachedPublicCategories()).find((c) => c.slug === slug)).toEqual({ slug, name: 'Web One', publicDescription: 'Second text' });
    await deleteCustomerCategory({ ctx: staff, input: { id: cat.id } });
    expect(expired()).toHaveLength(3);
    expect((await cachedPublicCategories()).some((c) => c.slug === slug)).toBe(false);
  });

  it('a refused or failed change expires nothing', async () => {
    await expect(updateCustomerCategory({ ctx: acmeAdmin, input: { id: randomUUID(), publicDescription: 'Hijack' } })).rejects.toMatchObject({ status: 403 });
    await expect(updateCustomerCategory({ ctx: staff, input: { id: randomUUID(), publicDescription: 'Nope' } })).rejects.toMatchObject({ status: 404 });
    await expect(createCustomerCategory({ ctx: staff, input: { slug: 'sip_trunk', name: 'Duplicate' } })).rejects.toMatchObject({ status: 422 });
    await expect(updateCustomerCategory({ ctx: staff, input: { id: randomUUID(), publicDescription: 'x'.repeat(2001) } })).rejects.toMatchObject({ status: 422 });
    expect(expired()).toEqual([]);
  });

  it('a category still holding accounts is not deleted, and the refusal names how many', async () => {
    const cat = await createCustomerCategory({ ctx: staff, input: { slug: `web_${randomUUID().slice(0, 6)}`, name: 'Busy' } });
    const account = { billingContactName: 'Ada', billingModel: 'prepaid' as const, billingCurrency: 'EUR', country: 'GB', categoryId: cat.id };
    for (const n of [1, 2]) await createCustomerAccount({ ctx: acmeAdmin, input: { ...account, company: `Busy ${n} ${randomUUID().slice(0, 6)}`, billingEmail: `busy${n}-${randomUUID().slice(0, 6)}@example.com` } });
    cache.revalidated.length = 0;
    await expect(deleteCustomerCategory({ ctx: staff, input: { id: cat.id } })).rejects.toMatchObject({ status: 409, message: 'Busy still holds 2 customer accounts: move them to another category first' });
    expect(expired()).toEqual([]);
    const empty = await createCustomerCategory({ ctx: staff, input: { slug: `web_${randomUUID().slice(0, 6)}`, name: 'Grouped' } });
    const group = await createCustomerGroup({ ctx: staff, input: { categoryId: empty.id, name: 'Only' } });
    await expect(deleteCustomerCategory({ ctx: staff, input: { id: empty.id } })).rejects.toMatchObject({ status: 409, message: 'Grouped still has 1 group: delete them first' });
    await deleteCustomerGroup({ ctx: staff, input: { id: group.id } });
    await expect(deleteCustomerCategory({ ctx: staff, input: { id: empty.id } })).resolves.toEqual({ id: empty.id });
  });
});
