import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before anything reads config(): the app's own pool, shrunk to three connections, so that hundreds
// of transactions must take turns on the same connections.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = '3';
});

const { closeDb, sqlClient, withPlatform, withTenant } = await import('@/db/client');
const { auditEvents, tenantDomains } = await import('@/db/schema');
const { config } = await import('@/lib/config');
const { lookupSlug } = await import('@/lib/tenancy/host-lookup');

/**
 * "Many concurrent requests alternating tenants on a small pool never read across": the tenant is
 * set per transaction with set_config(..., true), so whatever a transaction did (including failing
 * half-way), the next transaction on the same connection starts with no tenant.
 */

const TOTAL = 500;
class Boom extends Error {}
type Failure = 'none' | 'throw' | 'sql';

let tenants: Array<{ id: string; slug: string }>;

beforeAll(async () => {
  tenants = await Promise.all(['acme', 'didtron'].map(async (slug) => ({ id: (await lookupSlug(slug))!.tenantId, slug })));
  // Both tenants must have rows in every table read below, or "no foreign rows" would prove nothing.
  for (const t of tenants) {
    await withTenant(t.id, (tx) => tx.insert(auditEvents).values({ tenantId: t.id, actorRole: 'system', entity: 'pool-test', entityId: t.slug, action: 'seed' }));
    await withPlatform((tx) => tx.insert(tenantDomains).values({ tenantId: t.id, domain: `pool-${randomUUID().slice(0, 8)}.${t.slug}.example.com`, verificationToken: 'pool-test' }));
  }
});

afterAll(async () => {
  await closeDb();
});

type Seen = { pid: number; tenantAtStart: string; rows: Record<string, { total: number; foreign: number }> };

async function readAs(tenantId: string | null, failure: Failure): Promise<Seen> {
  const body = async (tx: Parameters<Parameters<typeof withPlatform>[0]>[0]) => {
    const [{ pid, setting }] = (await tx.execute(sql`select pg_backend_pid() as pid, current_setting('app.tenant_id', true) as setting`)) as unknown as [
      { pid: number; setting: string | null },
    ];
    // Dies after the tenant is set and a query ran, in JavaScript or in SQL (which aborts the
    // transaction): the rollback must take the setting with it.
    if (failure !== 'none') await tx.execute(sql`select count(*) from users`);
    if (failure === 'throw') throw new Boom('mid-transaction failure');
    if (failure === 'sql') await tx.execute(sql`select 1 / 0`);
    // Compared with the tenant this transaction was opened for, not with the session setting.
    const mine = sql`${tenantId}::uuid`;
    const counts = (await tx.execute(sql`
      select 'tenant_domains' as t, count(*)::int as total, count(*) filter (where tenant_id is distinct from ${mine})::int as foreign from tenant_domains
      union all
      select 'users', count(*)::int, count(*) filter (where tenant_id is distinct from ${mine})::int from users
      union all
      select 'audit_events', count(*)::int, count(*) filter (where tenant_id is distinct from ${mine})::int from audit_events
    `)) as unknown as Array<{ t: string; total: number; foreign: number }>;
    return { pid, tenantAtStart: setting ?? '', rows: Object.fromEntries(counts.map((c) => [c.t, { total: c.total, foreign: c.foreign }])) };
  };
  if (tenantId) return withTenant(tenantId, body);
  // No tenant at all: a bare transaction of the app role, as a handler that forgot withTenant would run.
  return sqlClient().begin(async (raw) => {
    const [first] = await raw<{ pid: number; setting: string | null }[]>`select pg_backend_pid() as pid, current_setting('app.tenant_id', true) as setting`;
    const { pid, setting } = first!;
    const [counts] = await raw<{ d: number; u: number; a: number }[]>`select (select count(*)::int from tenant_domains) as d, (select count(*)::int from users) as u, (select count(*)::int from audit_events) as a`;
    return { pid, tenantAtStart: setting ?? '', rows: { tenant_domains: { total: counts!.d, foreign: counts!.d }, users: { total: counts!.u, foreign: counts!.u }, audit_events: { total: counts!.a, foreign: counts!.a } } };
  }) as Promise<Seen>;
}

describe('connection pool isolation', () => {
  it('runs 500 concurrent transactions alternating tenants (some failing half-way) on 3 connections without a cross-tenant read', async () => {
    expect(config().DATABASE_POOL_MAX).toBe(3);
    const plan = Array.from({ length: TOTAL }, (_, i) => {
      const kind = i % 5;
      // 0,1: acme; 2,3: root; 4: no tenant. Every 7th tenant transaction fails after setting its tenant.
      const tenant = kind === 4 ? null : tenants[kind < 2 ? 0 : 1]!;
      const fail: Failure = tenant === null || i % 7 !== 0 ? 'none' : i % 14 === 0 ? 'sql' : 'throw';
      return { tenant, fail };
    });
    const results = await Promise.allSettled(plan.map((p) => readAs(p.tenant?.id ?? null, p.fail)));

    const pids = new Set<number>();
    let failed = 0;
    const totals: Record<string, number> = {};
    results.forEach((result, i) => {
      const p = plan[i]!;
      if (p.fail !== 'none') {
        expect(result.status).toBe('rejected');
        const reason = (result as PromiseRejectedResult).reason as Error & { cause?: { code?: string } };
        if (p.fail === 'throw') expect(reason).toBeInstanceOf(Boom);
        else expect(reason.cause?.code ?? (reason as { code?: string }).code).toBe('22012'); // division_by_zero
        failed++;
        return;
      }
      expect(result.status, String((result as PromiseRejectedResult).reason)).toBe('fulfilled');
      const seen = (result as PromiseFulfilledResult<Seen>).value;
      pids.add(seen.pid);
      // A tenant transaction sees its own tenant from the first statement (set_config ran first);
      // a bare transaction starts with none: nothing leaked from the previous borrower.
      expect(seen.tenantAtStart, `transaction ${i}`).toBe(p.tenant?.id ?? '');
      for (const [table, { total, foreign }] of Object.entries(seen.rows)) {
        expect(foreign, `transaction ${i} (${p.tenant?.slug ?? 'no tenant'}) read ${foreign} foreign rows of ${table}`).toBe(0);
        if (p.tenant) totals[`${p.tenant.slug}.${table}`] = Math.max(totals[`${p.tenant.slug}.${table}`] ?? 0, total);
        else expect(total, `a transaction without a tenant read ${table}`).toBe(0);
      }
    });
    expect(failed).toBeGreaterThan(50);
    // The reads were not vacuous: each tenant saw rows of its own in every table.
    for (const slug of ['acme', 'didtron']) for (const table of ['tenant_domains', 'users', 'audit_events']) {
      expect(totals[`${slug}.${table}`], `${slug} saw no ${table}`).toBeGreaterThan(0);
    }
    // And they really shared a small pool.
    expect(pids.size).toBeGreaterThan(0);
    expect(pids.size).toBeLessThanOrEqual(3);
  });

  it('clears the tenant after a failed transaction on the very same connection', async () => {
    // One connection, so the second borrower is certainly the first one's connection.
    const reserved = await sqlClient().reserve();
    try {
      await reserved`begin`;
      await reserved`select set_config('app.tenant_id', ${tenants[0]!.id}, true)`;
      expect(await reserved`select count(*)::int as n from tenant_domains`).toEqual([{ n: expect.any(Number) }]);
      await reserved`select 1/0`.catch(() => {});
      await reserved`rollback`;
      const [after] = await reserved<{ setting: string | null; n: number }[]>`select current_setting('app.tenant_id', true) as setting, (select count(*)::int from users) as n`;
      expect(after!.setting ?? '').toBe('');
      expect(after!.n).toBe(0);
    } finally {
      reserved.release();
    }
  });
});
