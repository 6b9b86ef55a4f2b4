/**
 * `npm run bench:import`: a generated 500,000-row deck (BENCH_ROWS) imported the way the job does it
 * (parse, validate, stage, draft, change set, publish: processRateImport + publishRateImport) over a
 * live version of the same size (a first import, published, not timed), next to PostgreSQL `COPY` of
 * the same CSV into an unindexed table in the same run. The upload to object storage is not timed
 * (the job reads the file from disk here instead of the store). Prints the import's peak RSS (the
 * process's max RSS). Last line one JSON object:
 *   {"bench":"import","rows":...,"import_s":...,"copy_s":...,"ratio":...,"peak_rss_mb":...}
 * ratio = copy_s / import_s. Targets: ratio >= 0.40, peak RSS <= 300 MB. With DATABASE_URL set it
 * uses the database BENCH_DB_NAME (didtron_bench_import) next to it (recreated), else an embedded
 * PostgreSQL in a temporary directory.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed';

const ROWS = Number(process.env.BENCH_ROWS ?? 500_000);
const APP_PASSWORD = 'bench-app-password';
const DB_NAME = process.env.BENCH_DB_NAME ?? 'didtron_bench_import';

function log(message: string) {
  console.error(`[bench:import] ${message}`);
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
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-import-'));
  await fsp.chmod(dir, 0o777);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: Number(process.env.BENCH_PG_PORT ?? 55_920), database: 'bench' });
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

/** A deck of `rows` distinct 7-digit codes; `shift` moves every tenth rate (so the change set has work). */
async function writeDeck(file: string, rows: number, shift: number) {
  const out = fs.createWriteStream(file);
  out.write('code,destination,rate,effective date\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const micro = 10_000 + (i % 1000) * 10 + (i % 10 === 0 ? shift : 0);
    buffer += `${1_000_000 + i},Destination ${i % 5000},0.${String(micro).padStart(6, '0').slice(0, 4)},2026-07-01\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

async function main() {
  const db = await database();
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-decks-'));
  try {
    await migrateDatabase(db.url, APP_PASSWORD);
    await seedDatabase(db.url, { demo: false });
    process.env.DATABASE_URL = db.url;
    process.env.APP_DB_PASSWORD = APP_PASSWORD;
    process.env.LOG_LEVEL = 'silent';
    const { closeDb, withPlatform } = await import('../db/client');
    const { rateImports, ratePlans, tenants } = await import('../db/schema');
    const { systemCtx } = await import('../lib/context');
    const { processRateImport } = await import('../lib/rates/import/process-import');
    // The row-returning publish: the view-answering one is server-only (Next's layer), like every view.
    const { publishRateImportRow } = await import('../lib/rates/import/services/publish-rate-import');
    const { eq } = await import('drizzle-orm');

    const deckA = path.join(dir, 'a.csv');
    const deckB = path.join(dir, 'b.csv');
    await writeDeck(deckA, ROWS, 0);
    await writeDeck(deckB, ROWS, 1000);
    log(`decks of ${ROWS.toLocaleString('en')} rows written (${(fs.statSync(deckB).size / 1e6).toFixed(1)} MB)`);

    const [root] = await withPlatform((tx) => tx.select().from(tenants).where(eq(tenants.isRoot, true)));
    const staff = {
      actor: { userId: randomUUID(), email: 'bench@didtron.localhost', name: 'Bench', role: 'super_admin' as const, tenantId: root!.id },
      tenant: { id: root!.id, slug: root!.slug },
      requestId: 'bench:import',
    };
    const job = systemCtx('rate-import', root!.id);
    const [plan] = await withPlatform((tx) => tx.insert(ratePlans).values({ tenantId: root!.id, name: 'Bench deck', kind: 'buy', currency: 'EUR' }).returning());

    async function runImport(file: string) {
      const [row] = await withPlatform((tx) =>
        tx
          .insert(rateImports)
          .values({ tenantId: root!.id, planId: plan!.id, fileName: path.basename(file), fileKey: `bench/${path.basename(file)}`, fileBytes: fs.statSync(file).size, options: { mapping: {}, delimiter: 'auto', encoding: 'auto', dateOrder: 'auto', defaultEffectiveFrom: null } })
          .returning(),
      );
      const t0 = performance.now();
      let lastStage = '';
      const outcome = await processRateImport({
        ctx: job,
        input: { id: row!.id },
        source: async () => fs.createReadStream(file, { highWaterMark: 1 << 16 }),
        // The stages' times (parse+stage, draft rows, change set) on stderr.
        progress: async (_done, _total, message) => {
          const stage = message.replace(/[\d,]+/g, '#');
          if (stage !== lastStage) log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s: ${message}`);
          lastStage = stage;
        },
      });
      log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s: processed`);
      if (outcome.status !== 'ready') throw new Error(`import failed: ${outcome.failure}`);
      await publishRateImportRow({ ctx: staff, input: { id: row!.id } });
      log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s: published`);
      return row!.id;
    }

    log('first import (the live version; not timed)');
    await runImport(deckA);
    log('timed import over the live version');
    const started = performance.now();
    const id = await runImport(deckB);
    const importS = (performance.now() - started) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const [imp] = await withPlatform((tx) => tx.select().from(rateImports).where(eq(rateImports.id, id)));
    log(`import: ${importS.toFixed(2)} s; ${JSON.stringify(imp!.summary)}`);

    const owner = postgres(db.url, { max: 1, onnotice: () => {} });
    await owner.unsafe('create table bench_copy (code text, destination text, rate text, effective_date text)');
    const copyStarted = performance.now();
    await pipeline(fs.createReadStream(deckB), await owner`copy bench_copy from stdin (format csv, header true)`.writable());
    const copyS = (performance.now() - copyStarted) / 1000;
    await owner.end();
    await closeDb();
    log(`COPY: ${copyS.toFixed(2)} s`);
    console.log(JSON.stringify({ bench: 'import', rows: ROWS, import_s: Number(importS.toFixed(3)), copy_s: Number(copyS.toFixed(3)), ratio: Number((copyS / importS).toFixed(3)), peak_rss_mb: Number(peakRssMb.toFixed(1)) }));
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
