/**
 * `npm start`: the whole product on embedded defaults. Starts PostgreSQL (embedded unless
 * DATABASE_URL is set), migrates and seeds it, starts the local fake servers in sandbox mode, builds
 * the app when sources changed, then runs the web server and prints every portal's URL.
 *   --dev    development mode (Next's dev compiler) instead of an optimized build
 *   --fresh  start from an empty database (wipes the embedded data directory, or drops and recreates
 *            the database named in DATABASE_URL): used by the e2e suite
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { DEMO_RESELLER, seedDatabase } from '../db/seed';
import { deriveAppUrl, fakesInUse, parseConfig } from '../lib/config';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const fresh = args.has('--fresh');
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const children: ChildProcess[] = [];
let embedded: EmbeddedDatabase | undefined;
const cleanups: Array<() => Promise<void>> = [];

function log(message: string) {
  console.log(`[didtron] ${message}`);
}

async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists "${name.replace(/"/g, '')}" with (force)`);
  await sql.unsafe(`create database "${name.replace(/"/g, '')}"`);
  await sql.end();
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = '.next/BUILD_ID';
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'db', 'jobs', 'content', 'public'].map(newestMtime);
  const files = ['proxy.ts', 'next.config.ts', 'package.json', 'postcss.config.mjs'].map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0));
  return Math.max(...sources, ...files) > built;
}

async function waitForHealth(port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the web server did not become healthy within ${timeoutMs / 1000} s`);
}

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  // The worker hands running jobs back to the queue within 20 s of SIGTERM; wait before stopping the database.
  await Promise.race([
    Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r))))),
    new Promise((r) => setTimeout(r, 25_000)),
  ]);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

async function main() {
  let cfg = parseConfig(process.env);
  const env = { ...process.env } as NodeJS.ProcessEnv & Record<string, string>;

  if (!cfg.databaseUrl) {
    if (fresh) fs.rmSync(path.resolve(cfg.EMBEDDED_PG_DIR), { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dir: cfg.EMBEDDED_PG_DIR, port: cfg.EMBEDDED_PG_PORT, database: 'didtron' });
    env.DATABASE_URL = embedded.url;
    log(`embedded PostgreSQL on 127.0.0.1:${cfg.EMBEDDED_PG_PORT} (data in ${cfg.EMBEDDED_PG_DIR})`);
  } else if (fresh) {
    await recreateDatabase(cfg.databaseUrl);
  }
  cfg = parseConfig(env);
  if (cfg.isSandbox) {
    // The sandbox defaults in force, said once so nobody mistakes this for a production setup.
    const defaults = [
      embedded ? 'embedded PostgreSQL' : null,
      process.env.UPSTASH_REDIS_REST_URL ? null : 'Postgres-backed Redis port',
      process.env.BETTER_AUTH_SECRET ? null : 'public BETTER_AUTH_SECRET',
      process.env.CRON_SECRET || process.env.QSTASH_CURRENT_SIGNING_KEY ? null : 'public CRON_SECRET',
      process.env.APP_DB_PASSWORD ? null : 'public APP_DB_PASSWORD',
    ].filter(Boolean);
    log(`sandbox mode (APP_MODE=sandbox): ${defaults.join(', ')}; fake services are listed below`);
  }
  env.DATABASE_APP_URL = cfg.DATABASE_APP_URL ?? deriveAppUrl(env.DATABASE_URL!, cfg.appDbPassword);

  await migrateDatabase(env.DATABASE_URL!, cfg.appDbPassword);
  const { createdUsers } = await seedDatabase(env.DATABASE_URL!, { demo: cfg.isSandbox, rootDomain: cfg.ROOT_DOMAIN, port: cfg.PORT });
  log('database migrated and seeded');

  if (cfg.isSandbox) {
    const fakesModule = path.resolve('fakes/start-fakes.ts');
    if (fs.existsSync(fakesModule)) {
      const { startFakes } = (await import(fakesModule)) as typeof import('../fakes/start-fakes');
      const fakes = await startFakes({ dataDir: '.data/fakes' });
      Object.assign(env, fakes.env);
      cleanups.push(fakes.close);
      log(`local fake servers: ${fakesInUse(env).join(', ')}`);
    }
  }

  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  if (!dev && buildIsStale()) {
    log('building the app (next build)...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('next build failed');
  }
  // Our web server around Next's handler (not `next start`/`next dev`): it owns the socket, so the
  // client address cannot be forged (scripts/web-server.ts). NODE_ENV as Next's own CLI sets it.
  const webEnv = { ...env, PORT: String(cfg.PORT), NODE_ENV: dev ? 'development' : (env.NODE_ENV ?? 'production'), DIDTRON_PROCESS: 'web' };
  const web = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/web-server.ts'), ...(dev ? ['--dev'] : [])], { stdio: 'inherit', env: webEnv });
  children.push(web);
  web.on('exit', (code) => {
    log(`web server exited (${code})`);
    void shutdown(code ?? 1);
  });

  await waitForHealth(cfg.PORT, dev ? 180_000 : 60_000);

  // The job worker; with LOCAL_SCHEDULER (default on in sandbox) it also calls /api/cron/<job> on schedule.
  const worker = spawn(process.execPath, ['--import', 'tsx', path.resolve('jobs/worker.ts')], { stdio: 'inherit', env: { ...env, DIDTRON_PROCESS: 'worker' } });
  children.push(worker);
  worker.on('exit', (code, signal) => {
    log(`worker exited (${code ?? signal})`);
    void shutdown(code ?? 1);
  });
  log(`job worker started (concurrency ${cfg.WORKER_CONCURRENCY}${cfg.localScheduler ? ', local scheduler on' : ''})`);
  const base = (host: string) => `${cfg.PUBLIC_SCHEME}://${host}:${cfg.PORT}`;
  const root = cfg.ROOT_DOMAIN;
  log('ready:');
  for (const [label, host] of [
    ['marketing', root],
    ['sign-up', `pbx.${root}`],
    ['customer portal', `switch.pbx.${root}`],
    ['carrier portal', `carrier.${root}`],
    ['super admin', `admin.${root}`],
    ['docs', `docs.${root}`],
    [`reseller "${DEMO_RESELLER.name}"`, DEMO_RESELLER.domain],
  ] as const) {
    console.log(`  ${label.padEnd(26)} ${base(host)}/`);
  }
  // Printed once, when the sandbox accounts are first created; never in production (the seed creates none).
  if (createdUsers.length) {
    log(`sandbox accounts (password "${createdUsers[0]!.password}"):`);
    for (const c of createdUsers) console.log(`  ${c.tenant.padEnd(8)} ${c.role.padEnd(15)} ${c.email.padEnd(34)} ${c.signInAt}`);
  }
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
main().catch((error: unknown) => {
  console.error(`[didtron] start failed: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
