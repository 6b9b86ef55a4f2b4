import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testCtx, uniqueSlug } from '@/tests/factories';
import { createTenant } from './create-tenant';
import { lookupTenants, TENANT_LOOKUP_LIMIT } from './lookup-tenants';

afterAll(() => closeDb());

const params = (p: Record<string, string>) => new URLSearchParams(p);

describe('lookupTenants (tenant pickers)', () => {
  it('searches name and slug, 20 a page at most, and pages on by keyset without gaps or repeats', async () => {
    const ctx = await testCtx();
    const tag = randomUUID().slice(0, 6);
    const created = [];
    for (let i = 0; i < TENANT_LOOKUP_LIMIT + 3; i++) {
      created.push(await createTenant({ ctx, input: { name: `Picker ${tag} ${String(i).padStart(2, '0')}`, slug: uniqueSlug('pick'), primaryColor: '#112233', accentColor: '#445566' } }));
    }
    const first = await lookupTenants({ ctx, input: params({ q: `Picker ${tag}`, limit: '1000' }) });
    expect(first.items).toHaveLength(TENANT_LOOKUP_LIMIT);
    expect(first.items[0]).toEqual({ id: created[0]!.id, name: created[0]!.name, slug: created[0]!.slug, isRoot: false });
    const second = await lookupTenants({ ctx, input: params({ q: `Picker ${tag}`, cursor: first.pageInfo.nextCursor! }) });
    expect(second.pageInfo.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(created.map((t) => t.id));
    // By slug too.
    expect((await lookupTenants({ ctx, input: params({ q: created[5]!.slug }) })).items.map((t) => t.id)).toEqual([created[5]!.id]);
  });

  it('finds one tenant by id, and the root brand', async () => {
    const ctx = await testCtx();
    const root = await lookupTenants({ ctx, input: params({ root: 'true' }) });
    expect(root.items).toEqual([expect.objectContaining({ slug: 'didtron', isRoot: true })]);
    const byId = await lookupTenants({ ctx, input: params({ id: root.items[0]!.id }) });
    expect(byId.items.map((t) => t.slug)).toEqual(['didtron']);
    expect((await lookupTenants({ ctx, input: params({ id: randomUUID() }) })).items).toEqual([]);
  });

  it('is refused without tenants.read (tenant staff and customers)', async () => {
    for (const role of ['tenant_admin', 'customer_admin', 'customer_user', 'carrier_user'] as const) {
      await expect(lookupTenants({ ctx: await testCtx(role, 'acme'), input: params({}) })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('answers hostile input with validation errors, never a database error', async () => {
    const ctx = await testCtx();
    const hostile: Record<string, string>[] = [
      { q: 'acme\u0000' },
      { q: 'x'.repeat(10_000) },
      { q: '\u001b[31m' },
      { id: 'not-a-uuid' },
      { id: "'; drop table tenants; --" },
      { root: 'false' },
      { limit: '-1' },
      { limit: '1e309' },
      { cursor: 'garbage' },
    ];
    for (const input of hostile) {
      await expect(lookupTenants({ ctx, input: params(input) }), JSON.stringify(input).slice(0, 60)).rejects.toBeInstanceOf(ValidationError);
    }
    // Wildcards are searched literally.
    expect((await lookupTenants({ ctx, input: params({ q: '%_%' }) })).items).toEqual([]);
  });
});
