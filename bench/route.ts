/**
 * `npm run bench:route`: routing at scale (issue 12 item 4). Seeds its own database (migrated, base
 * and demo seed, then in a few generate_series statements: 20 supplier carriers with an egress
 * interconnect and a published supplier rate plan each, a customer sell plan, and a routing plan
 * of 100,000 LCR entries (BENCH_ROWS) with 3 suppliers each), then calls in-process what the
 * endpoints call (route handlers import `server-only`, which plain Node cannot load):
 *   route   routeNumber for random numbers (GET /api/v1/routing-plans/{id}/route), BENCH_REQUESTS
 *           (2,000) calls at concurrency BENCH_CONCURRENCY (10): p50/p95/p99
 *   check   the routing.check job's work (runRouteCheck) over every prefix, in batches of 500:
 *           prefixes per second
 * The last line is one JSON object. With DATABASE_URL set it uses the database BENCH_DB_NAME
 * (didtron_bench_route) next to it (recreated), else an embedded PostgreSQL in a temporary directory.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed';
import { percentile } from './stats';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SUPPLIERS = 20;
const PER_ENTRY = 3;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const APP_PASSWORD = 'bench-app-password';
const DB_NAME = process.env.BENCH_DB_NAME ?? 'didtron_bench_route';
const PLAN_ID = '00000000-0000-4000-8000-00000000be01';
const SELL_ID = '00000000-0000-4000-8000-00000000be02';

function log(message: string) {
  console.error(`[bench:route] ${message}`);
}

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
    await admin.unsafe(`create database ${DB_NAME}`);
    await admin.end();
    server.pathname = `/${DB_NAME}`;
    return { url: server.toString(), stop: async () => {} };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-route-'));
  await fs.chmod(dir, 0o777);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: Number(process.env.BENCH_PG_PORT ?? 55_920), database: 'bench' });
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Prefixes are 6 digits, 100000 + g (g < ROWS); a dialled number is a prefix and 4 more digits.
 * Each supplier rates half of the prefixes (by parity with its number) plus a fallback "1" row, at
 * rates that differ by supplier and prefix; the sell plan rates every prefix, so margins vary.
 */
async function seedRouting(url: string) {
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  await owner.begin(async (sql) => {
    const [root] = await sql<{ id: string }[]>`select id from tenants where is_root`;
    const [pop] = await sql<{ id: string }[]>`select id from catalog_pops order by code limit 1`;
    const tenant = root!.id;
    await sql`insert into rate_plans (id, tenant_id, name, kind, currency) values (${SELL_ID}, ${tenant}, 'Bench sell (USD)', 'sell', 'USD')`;
    const ics: string[] = [];
    for (let s = 1; s <= SUPPLIERS; s++) {
      const code = `BENCH${String(s).padStart(2, '0')}`;
      const [carrier] = await sql<{ id: string }[]>`insert into carriers (tenant_id, name, code, type, primary_currency, currencies) values (${tenant}, ${`Bench supplier ${s}`}, ${code}, 'supplier', 'USD', '{USD}') returning id`;
      const [plan] = await sql<{ id: string }[]>`insert into rate_plans (tenant_id, name, kind, currency) values (${tenant}, ${`Bench buy ${s}`}, 'buy', 'USD') returning id`;
      const [version] = await sql<{ id: string }[]>`insert into rate_plan_versions (tenant_id, plan_id, number) values (${tenant}, ${plan!.id}, 1) returning id`;
      await sql.unsafe(
        `insert into rate_plan_rows (tenant_id, version_id, prefix, destination, rate_micro, effective_from)
         select $1::uuid, $2::uuid, (100000 + g)::text, 'Bench ' || g, 2000 + ((g * 37 + $3::int * 101) % 9000), '2025-01-01'::timestamptz
           from generate_series(0, $4::int - 1) g where (g + $3::int) % 2 = 0
         union all select $1::uuid, $2::uuid, '1', 'Bench fallback', 6000 + $3::int * 100, '2025-01-01'::timestamptz`,
        [tenant, version!.id, s, ROWS],
      );
      await sql`update rate_plan_versions set status = 'published', published_at = now() where id = ${version!.id}`;
      const [ic] = await sql<{ id: string }[]>`insert into carrier_interconnects (tenant_id, carrier_id, name, direction, pop_id, supplier_rate_plan_id) values (${tenant}, ${carrier!.id}, ${`Bench out ${s}`}, 'egress', ${pop!.id}, ${plan!.id}) returning id`;
      ics.push(ic!.id);
    }
    const [sellVersion] = await sql<{ id: string }[]>`insert into rate_plan_versions (tenant_id, plan_id, number) values (${tenant}, ${SELL_ID}, 1) returning id`;
    await sql.unsafe(
      `insert into rate_plan_rows (tenant_id, version_id, prefix, destination, rate_micro, effective_from)
       select $1::uuid, $2::uuid, (100000 + g)::text, 'Bench ' || g, 8000 + (g * 13) % 4000, '2025-01-01'::timestamptz from generate_series(0, $3::int - 1) g`,
      [tenant, sellVersion!.id, ROWS],
    );
    await sql`update rate_plan_versions set status = 'published', published_at = now() where id = ${sellVersion!.id}`;
    await sql`insert into routing_plans (id, tenant_id, name, status, margin_floor_micro) values (${PLAN_ID}, ${tenant}, 'Bench LCR', 'draft', 500)`;
    await sql.unsafe(`insert into route_entries (tenant_id, plan_id, prefix, method) select $1::uuid, $2::uuid, (100000 + g)::text, 'lcr' from generate_series(0, $3::int - 1) g`, [tenant, PLAN_ID, ROWS]);
    await sql.unsafe(
      `insert into route_suppliers (tenant_id, entry_id, position, interconnect_id, quality_tier)
       select $1::uuid, e.id, k, ($2::uuid[])[1 + ((e.prefix::int * 7 + k * 5) % ${SUPPLIERS})], 1 + k
         from route_entries e, generate_series(0, ${PER_ENTRY - 1}) k where e.plan_id = $3::uuid`,
      [tenant, ics, PLAN_ID],
    );
  });
  await owner.unsafe('analyze');
  await owner.end();
  log(`seeded ${ROWS.toLocaleString('en')} prefixes, ${SUPPLIERS} suppliers with their plans in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

type Sample = { p50: number; p95: number; p99: number };

async function run(label: string, call: () => Promise<unknown>): Promise<Sample> {
  for (let i = 0; i < 20; i++) await call();
  const samples: number[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < REQUESTS) {
      issued++;
      const t = performance.now();
      await call();
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  samples.sort((a, b) => a - b);
  const r = { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
  console.log(`${label.padEnd(40)} n=${samples.length} c=${CONCURRENCY}  p50=${r.p50.toFixed(2)} ms  p95=${r.p95.toFixed(2)} ms  p99=${r.p99.toFixed(2)} ms`);
  return r;
}

const db = await database();
try {
  log('migrating and seeding the base data');
  await migrateDatabase(db.url, APP_PASSWORD);
  await seedDatabase(db.url, { demo: true });
  await seedRouting(db.url);

  process.env.DATABASE_URL = db.url;
  process.env.APP_DB_PASSWORD = APP_PASSWORD;
  process.env.LOG_LEVEL = 'silent';
  const { routeNumber } = await import('../lib/routing/services/route-number');
  const { runRouteCheck } = await import('../lib/routing/services/run-route-check');
  const { systemCtx } = await import('../lib/context');
  const { closeDb } = await import('../db/client');
  const { lookupSlug } = await import('../lib/tenancy/host-lookup');
  const root = (await lookupSlug('didtron'))!;
  const ctx = { actor: { userId: crypto.randomUUID(), email: 'bench@didtron.localhost', name: 'Bench', role: 'super_admin' as const, tenantId: root.tenantId }, tenant: { id: root.tenantId, slug: 'didtron' }, requestId: 'bench' };
  const at = '2026-06-01T00:00:00Z';
  const randomNumber = () => `${100000 + Math.floor(Math.random() * ROWS)}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  let candidates = 0;
  const route = await run('route a number (random numbers)', async () => {
    const r = await routeNumber({ ctx, input: { routingPlanId: PLAN_ID, number: randomNumber(), at, customerRatePlanId: SELL_ID } });
    candidates += r.candidates.length;
    return JSON.stringify(r);
  });
  log(`average candidates per number: ${(candidates / (REQUESTS + 20)).toFixed(2)}`);

  // The check row as startRouteCheck writes it (its job is run here, in-process, instead of by the worker).
  const owner = postgres(db.url, { max: 1, onnotice: () => {} });
  const [check] = await owner<{ id: string }[]>`insert into route_checks (tenant_id, plan_id, customer_rate_plan_id, at, total) values (${root.tenantId}, ${PLAN_ID}, ${SELL_ID}, ${at}, ${ROWS}) returning id`;
  const started = performance.now();
  let last = 0;
  await runRouteCheck({
    ctx: systemCtx('route-check', root.tenantId),
    input: { tenantId: root.tenantId, checkId: check!.id },
    job: {
      lastAttempt: true,
      progress: async (done, total) => {
        if (done - last >= 10_000 || done === total) {
          last = done;
          log(`check: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} prefixes`);
        }
      },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const [counts] = await owner<{ no_route: number; negative_margin: number; single_supplier: number }[]>`select no_route, negative_margin, single_supplier from route_checks where id = ${check!.id}`;
  await owner.end();
  const perSecond = ROWS / seconds;
  console.log(`route table check                        ${ROWS} prefixes in ${seconds.toFixed(1)} s = ${perSecond.toFixed(0)} prefixes/s (no route ${counts!.no_route}, negative margin ${counts!.negative_margin}, single supplier ${counts!.single_supplier})`);
  await closeDb();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      bench: 'route',
      prefixes: ROWS,
      suppliers: SUPPLIERS,
      suppliers_per_entry: PER_ENTRY,
      concurrency: CONCURRENCY,
      route_p50_ms: round(route.p50),
      route_p95_ms: round(route.p95),
      route_p99_ms: round(route.p99),
      check_seconds: round(seconds),
      check_prefixes_per_s: Math.round(perSecond),
    }),
  );
} finally {
  await db.stop();
}
