/**
 * `npm run bench:connexcs`: how fast the fake ConnexCS generates call traffic (one batched
 * insert ... select over generate_series per window) and how fast the adapter pages the CDRs back
 * (POST cdr by dt windows, limit 5,000). Pushes 20 customers x 200 prefixes and one carrier, then
 * generates BENCH_SECONDS (60) of traffic at BENCH_CPS (2,000) attempts per second and reads every
 * connected call through createConnexcsClient().cdrs.pages. Uses DATABASE_URL (a schema
 * fake_connexcs_bench, recreated), else an embedded PostgreSQL in a temporary directory.
 * Nothing asserts; the last line is one JSON object.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '../db/embedded';

const CPS = Number(process.env.BENCH_CPS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SCHEMA = 'fake_connexcs_bench';
process.env.LOG_LEVEL ??= 'silent';
// Imported after LOG_LEVEL is set: the logger reads it once.
const { startFakeConnexcs } = await import('../fakes/connexcs/server');
const { createConnexcsClient } = await import('../lib/integrations/connexcs/client');

function log(message: string) {
  console.error(`[bench:connexcs] ${message}`);
}

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-connexcs-'));
  await fs.chmod(dir, 0o777);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: Number(process.env.BENCH_PG_PORT ?? 55_911), database: 'bench' });
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

const db = await database();
const admin = postgres(db.url, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop schema if exists ${SCHEMA} cascade`);
await admin.end();
const fake = await startFakeConnexcs({ databaseUrl: db.url, schema: SCHEMA, seed: 1, username: 'bench', password: 'bench-password' });
// The adapter's calls go through the integration wrapper as in the app; here the database has no
// app tables, so the wrapper's call records fail quietly (logged, LOG_LEVEL silent) and are dropped.
const client = createConnexcsClient({ apiUrl: fake.apiUrl, auth: { kind: 'jwt', username: 'bench', password: 'bench-password' } });
try {
  const carrier = await client.carriers.create({ name: 'Bench carrier' });
  const buy = await client.rateCards.create({ name: 'buy', companyId: carrier.id, direction: 'provider', currency: 'USD' });
  const prefixes = Array.from({ length: 200 }, (_, i) => String(100 + i));
  await client.rateCards.pushRevision(buy.id, prefixes.map((prefix) => ({ prefix, name: `Dest ${prefix}`, cost: 0.001, mcd: 1, pulse: 1 })));
  for (let k = 0; k < 20; k++) {
    const customer = await client.customers.create({ name: `Bench customer ${k}` });
    const sell = await client.rateCards.create({ name: 'sell', companyId: customer.id, direction: 'customer', currency: 'USD' });
    await client.rateCards.pushRevision(sell.id, prefixes.map((prefix) => ({ prefix, name: `Dest ${prefix}`, cost: 0.002, mcd: 1, pulse: 1 })));
    await client.routing.assign({ companyId: customer.id, cardId: sell.id });
  }
  const from = new Date('2026-01-01T00:00:00Z');
  const to = new Date(from.getTime() + SECONDS * 1000);
  log(`generating ${SECONDS} s at ${CPS} CPS...`);
  let started = performance.now();
  const res = await fetch(`${fake.origin}/__fake/traffic`, { method: 'POST', body: JSON.stringify({ from: from.toISOString(), to: to.toISOString(), cps: CPS }) });
  const generated = (await res.json()) as { attempts: number; connected: number };
  const generateMs = performance.now() - started;
  log(`generated ${generated.attempts} attempts (${generated.connected} connected) in ${Math.round(generateMs)} ms`);
  started = performance.now();
  let rows = 0;
  let pages = 0;
  for await (const page of client.cdrs.pages({ from, to: new Date(to.getTime() - 1000), limit: 5000 })) {
    rows += page.length;
    pages += 1;
  }
  const pageMs = performance.now() - started;
  log(`paged ${rows} CDRs in ${pages} pages in ${Math.round(pageMs)} ms`);
  console.log(
    JSON.stringify({
      bench: 'connexcs-traffic',
      cps: CPS,
      seconds: SECONDS,
      attempts: generated.attempts,
      connected: generated.connected,
      generateMs: Math.round(generateMs),
      generatedCallsPerSecond: Math.round(generated.attempts / (generateMs / 1000)),
      cdrRows: rows,
      cdrPages: pages,
      pagingMs: Math.round(pageMs),
      cdrRowsPerSecond: Math.round(rows / (pageMs / 1000)),
      loadAverage: os.loadavg()[0],
    }),
  );
} finally {
  await fake.close();
  await db.stop();
}
