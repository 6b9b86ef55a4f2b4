/**
 * `npm run bench:customers`: the customer list at 100,000 accounts (issue 11, item 9). Seeds its own
 * database (migrated, base and demo seed, then 100,000 accounts over two brands in one
 * generate_series insert: a bench seed, not the demo seed), then calls, in-process, what the
 * endpoints call (route handlers import `server-only`, which plain Node cannot load: tests/contracts):
 *   list    listCustomerAccounts limit=25                 (GET /api/v1/customer-accounts, newest first)
 *   deep    listCustomerAccounts limit=25&cursor=<row 99,975> (keyset page at depth 100,000)
 *   search  listCustomerAccounts limit=25&q=<term>        (trigram indexes; terms rotate)
 *   health  checkDatabaseHealth                           (GET /api/health)
 * as a super admin (every brand's accounts, under RLS as the app role), query parsing and JSON
 * serialisation included,
 * each at concurrency 50 (BENCH_CONCURRENCY) for BENCH_REQUESTS (2,000) requests, reporting
 * p50/p95/p99. The last line is one JSON object. Targets: list and search p95 <= 30 ms, deep within
 * 2x of the first page. With DATABASE_URL set it uses the database BENCH_DB_NAME
 * (didtron_bench_customers) next to it (recreated), else an embedded PostgreSQL in a temporary directory.
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
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const APP_PASSWORD = 'bench-app-password';
const DB_NAME = process.env.BENCH_DB_NAME ?? 'didtron_bench_customers';

function log(message: string) {
  console.error(`[bench:customers] ${message}`);
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
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-customers-'));
  await fs.chmod(dir, 0o777);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: Number(process.env.BENCH_PG_PORT ?? 55_910), database: 'bench' });
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** 100,000 accounts in one statement: believable names, spread over two brands, categories, currencies and a year of creation times. */
async function seedAccounts(url: string) {
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  await owner.unsafe(`
    insert into customer_accounts (tenant_id, company, billing_contact_name, billing_email, country, billing_currency, billing_model, credit_limit_minor, status, category_id, created_at, updated_at)
    with ids as (
      select (select id from tenants where slug = 'acme') as acme, (select id from tenants where is_root) as root,
             (select array_agg(id order by sort_order) from customer_categories) as cats
    )
    select
      case when g % 5 = 0 then ids.acme else ids.root end,
      (array['Nimbus','Apex','Blue Harbor','Northwind','Quantum','Silverline','Redwood','Atlas','Helios','Orbit','Cobalt','Pioneer','Summit','Vertex','Lumen','Harbor Point','Crescent','Evergreen','Falcon','Granite'])[1 + g % 20]
        || ' ' || (array['Telecom','Networks','Voice','Communications','Call Centre','Logistics','Health','Retail','Legal','Consulting','Media'])[1 + (g / 20) % 11]
        || ' ' || g,
      'Billing Contact ' || g,
      'billing' || g || '@' || (array['nimbus','apex','blueharbor','northwind','quantum','silverline','redwood','atlas'])[1 + g % 8] || '.example',
      (array['GB','US','DE','FR','NL','ES','IT','IE','CA','AU'])[1 + g % 10],
      (array['EUR','USD','GBP'])[1 + g % 3],
      case when g % 4 = 0 then 'postpaid' else 'prepaid' end,
      case when g % 4 = 0 then (g % 50 + 1) * 10000 else null end,
      case when g % 97 = 0 then 'suspended' else 'active' end,
      ids.cats[1 + g % 4],
      now() - (g || ' minutes')::interval * 5,
      now() - (g || ' minutes')::interval * 5
    from generate_series(1, ${ROWS}) g, ids`);
  await owner.unsafe('analyze customer_accounts');
  const deep = await owner.unsafe<{ created_at: string; id: string }[]>(
    `select created_at::text, id::text from customer_accounts order by created_at desc, id desc offset ${Math.max(0, ROWS - 25)} limit 1`,
  );
  await owner.end();
  log(`seeded ${ROWS.toLocaleString('en')} accounts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return deep[0]!;
}

type Sample = { p50: number; p95: number; p99: number };

/** `concurrency` callers issue REQUESTS calls in total; each call's latency is one sample. */
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
  const deepRow = await seedAccounts(db.url);

  process.env.DATABASE_URL = db.url;
  process.env.APP_DB_PASSWORD = APP_PASSWORD;
  process.env.LOG_LEVEL = 'silent';
  const { listCustomerAccounts } = await import('../lib/customers/services/list-customer-accounts');
  const { checkDatabaseHealth } = await import('../lib/monitoring/check-database-health');
  const { encodeCursor } = await import('../lib/pagination');
  const { closeDb } = await import('../db/client');
  const { lookupSlug } = await import('../lib/tenancy/host-lookup');
  const root = (await lookupSlug('didtron'))!;
  const ctx = { actor: { userId: crypto.randomUUID(), email: 'bench@didtron.localhost', name: 'Bench', role: 'super_admin' as const, tenantId: root.tenantId }, tenant: { id: root.tenantId, slug: 'didtron' }, requestId: 'bench' };
  // What the route handler does around the service: parse the query string, serialise the page.
  const list = async (query: string) => JSON.stringify(await listCustomerAccounts({ ctx, input: new URLSearchParams(query) }));

  const cursor = encodeCursor({ v: deepRow.created_at, id: deepRow.id, d: 'next', s: '-createdAt' });
  const terms = ['nimbus voice 12', 'northwind', 'billing4242@', '100042', 'harbor point legal', 'quantum health 7'];
  let t = 0;
  const first = await run('customer list, first page', () => list('limit=25'));
  const deep = await run('customer list, page at depth 100,000', () => list(`limit=25&cursor=${encodeURIComponent(cursor)}`));
  const search = await run('customer search (rotating terms)', () => list(`limit=25&q=${encodeURIComponent(terms[t++ % terms.length]!)}`));
  const health = await run('health (database probe)', async () => JSON.stringify(await checkDatabaseHealth()));
  await closeDb();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(JSON.stringify({ bench: 'customers', rows: ROWS, concurrency: CONCURRENCY, list_p50_ms: round(first.p50), list_p95_ms: round(first.p95), list_p99_ms: round(first.p99), deep_p50_ms: round(deep.p50), deep_p95_ms: round(deep.p95), deep_p99_ms: round(deep.p99), search_p50_ms: round(search.p50), search_p95_ms: round(search.p95), search_p99_ms: round(search.p99), health_p95_ms: round(health.p95) }));
} finally {
  await db.stop();
}
