import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';

/**
 * The app's default store is an embedded PostgreSQL under .data/: data written before a restart must
 * be there after it (the app holds no business data anywhere else).
 */
it('keeps data across a restart of the embedded database', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-restart-'));
  await fs.chmod(dir, 0o777);
  const port = 55_000 + Math.floor(Math.random() * 2_000);
  const opts = { dir: path.join(dir, 'pg'), port, database: 'didtron' };
  let pg = await startEmbeddedPostgres(opts);
  try {
    await migrateDatabase(pg.url, 'restart-test-password');
    await seedDatabase(pg.url, { demo: true });
    let sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    await sql`insert into tenants (slug, name) values ('survivor', 'Survives Restarts')`;
    await sql.end();
    await pg.stop();

    pg = await startEmbeddedPostgres(opts);
    // A second start migrates and seeds again: both must be idempotent and keep what exists.
    await migrateDatabase(pg.url, 'restart-test-password');
    await seedDatabase(pg.url, { demo: true });
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    const rows = await sql<{ slug: string }[]>`select slug from tenants order by slug`;
    // The demo rate plans: seeded once (not doubled by the second seed), attached to the demo services.
    const plans = await sql<{ name: string; versions: number; rows: number }[]>`
      select p.name, count(distinct v.id)::int as versions, count(r.id)::int as rows
      from rate_plans p join rate_plan_versions v on v.plan_id = p.id left join rate_plan_rows r on r.version_id = v.id
      group by p.name order by p.name`;
    const unrated = await sql<{ n: number }[]>`select count(*)::int as n from carrier_services s where s.customer_rate_plan_id is not null and not exists (select 1 from rate_plans p where p.id = s.customer_rate_plan_id)`;
    const assigned = await sql<{ n: number }[]>`select count(*)::int as n from assignments where item_type = 'rate_plan'`;
    // The supplier import rule sets: seeded once, every rule stored, on their suppliers' buy plans.
    const ruleSets = await sql<{ name: string; rules: number; plans: number }[]>`
      select s.name, (select count(*)::int from rate_import_rules r where r.rule_set_id = s.id) as rules,
             (select count(*)::int from rate_plans p where p.import_rule_set_id = s.id) as plans
        from rate_import_rule_sets s order by s.name`;
    await sql.end();
    expect(ruleSets).toEqual([
      { name: 'Euro Transit contract', rules: 7, plans: 1 },
      { name: 'Standard supplier terms', rules: 7, plans: 2 },
    ]);
    expect(assigned[0]!.n).toBe(2);
    expect(rows.map((r) => r.slug)).toEqual(['acme', 'didtron', 'survivor']);
    // The rates seed's six A-Z decks (a published version and a draft each); the routing seed adds small plans of its own.
    const decks = plans.filter((p) => /^Wholesale A-Z |buy (USD|EUR)$/.test(p.name));
    expect(decks).toHaveLength(6);
    for (const p of decks) expect(p.versions, p.name).toBe(2);
    for (const p of decks) expect(p.rows, p.name).toBeGreaterThan(600);
    expect(plans.map((p) => p.name)).toContain('Demo customer sell');
    expect(unrated[0]!.n).toBe(0);
  } finally {
    await pg.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
  // Two migrations and two seeds (the demo rate plans insert a few thousand rows): minutes on a loaded machine.
}, 180_000);
