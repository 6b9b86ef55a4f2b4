import { ilike, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The app's own pool shrunk to three connections: 60 reads must take turns on the same connections.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = '3';
});

const { closeDb, readInPlatform, readInTenant, sqlClient, withPlatform, withTenant } = await import('@/db/client');
const { users } = await import('@/db/schema');
const { lookupSlug } = await import('@/lib/tenancy/host-lookup');

/**
 * The pipelined scoped transactions of db/client.ts (BEGIN, set_config and the first statement in
 * one packet; readInTenant's COMMIT too): the same isolation as awaiting each step, on a small pool.
 */

let tenants: Array<{ id: string; slug: string }>;

beforeAll(async () => {
  tenants = await Promise.all(['acme', 'didtron'].map(async (slug) => ({ id: (await lookupSlug(slug))!.tenantId, slug })));
  // Both tenants have users (the seed), or "only its own rows" would prove nothing.
  for (const t of tenants) expect((await withTenant(t.id, (tx) => tx.select({ id: users.id }).from(users))).length).toBeGreaterThan(0);
});

afterAll(async () => {
  await closeDb();
});

const ownRead = (tenantId: string) => sql`select pg_backend_pid() as pid, current_setting('app.tenant_id', true) as setting,
  count(*)::int as total, count(*) filter (where tenant_id <> ${tenantId}::uuid)::int as foreign from users`;
type Seen = { pid: number; setting: string; total: number; foreign: number };

describe('pipelined scoped transactions', () => {
  it('60 concurrent reads alternating two tenants (readInTenant and withTenant) each see only their own rows', async () => {
    const plan = Array.from({ length: 60 }, (_, i) => ({ tenant: tenants[i % 2]!, oneTrip: i % 4 < 2 }));
    const seen = await Promise.all(
      plan.map(async ({ tenant, oneTrip }) => {
        const [row] = (oneTrip
          ? await readInTenant(tenant.id, (tx) => tx.execute(ownRead(tenant.id)))
          : await withTenant(tenant.id, (tx) => tx.execute(ownRead(tenant.id)))) as unknown as Seen[];
        return row!;
      }),
    );
    const pids = new Set<number>();
    seen.forEach((row, i) => {
      const { tenant } = plan[i]!;
      pids.add(row.pid);
      expect(row.setting, `read ${i}`).toBe(tenant.id);
      expect(row.foreign, `read ${i} (${tenant.slug}) saw foreign users`).toBe(0);
      expect(row.total, `read ${i} (${tenant.slug}) saw no users`).toBeGreaterThan(0);
    });
    expect(pids.size).toBeLessThanOrEqual(3);
    // Afterwards no pooled connection carries a tenant: a bare read on each sees none.
    const bare = await Promise.all(
      Array.from({ length: 6 }, () => sqlClient()<{ setting: string | null; n: number }[]>`select current_setting('app.tenant_id', true) as setting, (select count(*)::int from users) as n`),
    );
    for (const [row] of bare) {
      expect(row!.setting ?? '').toBe('');
      expect(row!.n).toBe(0);
    }
  });

  it('a failing statement rolls back and clears the tenant; the next borrower of the connection sees none', async () => {
    await expect(readInTenant(tenants[0]!.id, (tx) => tx.execute(sql`select 1 / 0`))).rejects.toMatchObject({ cause: { code: '22012' } });
    await expect(
      withTenant(tenants[0]!.id, async (tx) => {
        await tx.execute(sql`select 1`);
        await tx.execute(sql`select 1 / 0`);
      }),
    ).rejects.toMatchObject({ cause: { code: '22012' } });
    const rows = await Promise.all(Array.from({ length: 6 }, () => sqlClient()<{ setting: string | null }[]>`select current_setting('app.tenant_id', true) as setting`));
    for (const [row] of rows) expect(row!.setting ?? '').toBe('');
  });

  it('commits writes, rolls back on a thrown error, keeps savepoints, and refuses a query after the end', async () => {
    const tenant = tenants[0]!;
    const [{ id, name }] = (await withTenant(tenant.id, (tx) => tx.select({ id: users.id, name: users.name }).from(users).limit(1))) as [{ id: string; name: string }];
    const named = (n: string) => withTenant(tenant.id, (tx) => tx.update(users).set({ name: n }).where(sql`${users.id} = ${id}`));
    class Boom extends Error {}
    await expect(
      withTenant(tenant.id, async (tx) => {
        await tx.update(users).set({ name: 'rolled back' }).where(sql`${users.id} = ${id}`);
        throw new Boom();
      }),
    ).rejects.toBeInstanceOf(Boom);
    const read = async () => (await readInTenant(tenant.id, (tx) => tx.select({ name: users.name }).from(users).where(sql`${users.id} = ${id}`)))[0]!.name;
    expect(await read()).toBe(name);
    // A nested transaction is a savepoint: its failure rolls back only itself.
    await withTenant(tenant.id, async (tx) => {
      await tx.update(users).set({ name: `${name} (kept)` }).where(sql`${users.id} = ${id}`);
      await expect(
        tx.transaction(async (inner) => {
          await inner.update(users).set({ name: 'inner' }).where(sql`${users.id} = ${id}`);
          throw new Boom();
        }),
      ).rejects.toBeInstanceOf(Boom);
    });
    expect(await read()).toBe(`${name} (kept)`);
    await named(name);
    expect(await read()).toBe(name);
    // A transaction handle used after its end would run on a connection another request may hold.
    let escaped: Parameters<Parameters<typeof withTenant>[1]>[0] | undefined;
    await withTenant(tenant.id, async (tx) => {
      escaped = tx;
    });
    await expect(escaped!.execute(sql`select 1`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/transaction has ended/) as unknown } });
  });

  it('readInPlatform sees every tenant in one trip; mixed with tenant reads, no setting outlives its transaction', async () => {
    const platformRead = sql`select current_setting('app.platform', true) as platform, count(distinct tenant_id)::int as n from users`;
    const seen = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        if (i % 3 === 0) return { kind: 'platform' as const, row: ((await readInPlatform((tx) => tx.execute(platformRead))) as unknown as [{ platform: string; n: number }])[0] };
        const tenant = tenants[i % 2]!;
        return { kind: 'tenant' as const, tenant, row: ((await readInTenant(tenant.id, (tx) => tx.execute(ownRead(tenant.id)))) as unknown as Seen[])[0]! };
      }),
    );
    for (const s of seen) {
      if (s.kind === 'platform') expect(s.row).toEqual({ platform: 'on', n: expect.any(Number) as unknown });
      if (s.kind === 'platform') expect(s.row.n).toBeGreaterThanOrEqual(2);
      else expect(s.row).toMatchObject({ setting: s.tenant.id, foreign: 0 });
    }
    const bare = await Promise.all(Array.from({ length: 6 }, () => sqlClient()<{ platform: string | null; n: number }[]>`select current_setting('app.platform', true) as platform, (select count(*)::int from users) as n`));
    for (const [row] of bare) expect(row).toEqual({ platform: row!.platform === null ? null : '', n: 0 });
  });

  it('a one-read scope refuses a second statement (it would follow COMMIT, outside the transaction) and changes nothing', async () => {
    const tenant = tenants[0]!;
    const [{ id, name }] = (await withTenant(tenant.id, (tx) => tx.select({ id: users.id, name: users.name }).from(users).limit(1))) as [{ id: string; name: string }];
    // The first statement leaves at once (with BEGIN, and COMMIT behind it); the second comes after an await.
    const twoStatements = (tx: Parameters<Parameters<typeof readInTenant>[1]>[0]) => {
      const first = tx.execute(sql`select 1`);
      return {
        execute: async () => {
          await first.execute();
          return tx.update(users).set({ name: 'outside the transaction' }).where(sql`${users.id} = ${id}`);
        },
      } as unknown as PromiseLike<unknown>;
    };
    const refused = { cause: { message: expect.stringMatching(/one-read scope .* second statement/) as unknown } };
    await expect(readInTenant(tenant.id, twoStatements)).rejects.toMatchObject(refused);
    await expect(readInPlatform(twoStatements)).rejects.toMatchObject(refused);
    const [after] = await withTenant(tenant.id, (tx) => tx.select({ name: users.name }).from(users).where(sql`${users.id} = ${id}`));
    expect(after!.name).toBe(name);
  });

  it('a platform transaction sees every tenant; a tenant one only its own', async () => {
    const all = (await withPlatform((tx) => tx.execute(sql`select count(distinct tenant_id)::int as n from users`))) as unknown as [{ n: number }];
    expect(all[0].n).toBeGreaterThanOrEqual(2);
    const one = (await readInTenant(tenants[1]!.id, (tx) => tx.execute(sql`select count(distinct tenant_id)::int as n from users`))) as unknown as [{ n: number }];
    expect(one[0].n).toBe(1);
  });

  it('prepared statements (db/client.ts preparedOptions): reused across tenants on the same connections, each run sees only its own tenant; pattern searches stay unnamed', async () => {
    const nobody = '00000000-0000-0000-0000-000000000000';
    const sameText = (tenantId: string) => readInTenant(tenantId, (tx) => tx.select({ tenantId: users.tenantId }).from(users).where(ne(users.id, nobody)));
    // 48 runs of one statement on a three-connection pool: each connection runs it well past the
    // five custom plans after which PostgreSQL may switch to a cached generic plan.
    for (let round = 0; round < 4; round++) {
      const order = Array.from({ length: 12 }, (_, i) => tenants[(i + round) % 2]!);
      const seen = await Promise.all(order.map((t) => sameText(t.id)));
      seen.forEach((rows, i) => {
        expect(rows.length, `round ${round} read ${i}`).toBeGreaterThan(0);
        expect(rows.filter((r) => r.tenantId !== order[i]!.id), `round ${round} read ${i} (${order[i]!.slug}) saw foreign users`).toEqual([]);
      });
    }
    const statements = await withTenant(tenants[0]!.id, async (tx) => {
      for (let i = 0; i < 7; i++) await tx.select({ tenantId: users.tenantId }).from(users).where(ne(users.id, nobody));
      await tx.select({ id: users.id }).from(users).where(ilike(users.email, '%acme%'));
      return (await tx.execute(sql`select statement, generic_plans + custom_plans as runs from pg_prepared_statements`)) as unknown as Array<{ statement: string; runs: number }>;
    });
    const mine = statements.find((s) => s.statement.includes('"users"."id" <> $1'));
    expect(mine, JSON.stringify(statements)).toBeDefined();
    expect(Number(mine!.runs)).toBeGreaterThanOrEqual(7);
    expect(statements.filter((s) => /ilike/i.test(s.statement))).toEqual([]);
  });
});
