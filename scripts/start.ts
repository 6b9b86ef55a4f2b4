/**
 * `npm start`: the whole product on embedded defaults. Starts PostgreSQL (embedded unless
 * DATABASE_URL is set), migrates and seeds it, starts the local fake servers in sandbox mode, builds
 * the app when sources changed, then runs the web server and the worker and prints every portal's
 * URL and the sandbox accounts.
 *   --dev    development mode (Next's dev compiler and hot reload) instead of an optimized build
 *   --fresh  start from an empty database (wipes the embedded data directory, or drops and recreates
 *            the database named in DATABASE_URL): used by the e2e suite
 *
 * Ports: PORT (web, default 3000) must be free, else the start stops at once naming PORT;
 * EMBEDDED_PG_PORT, FAKE_S3_PORT, FAKE_BREVO_PORT, FAKE_DNS_PORT and FAKE_CONNEXCS_PORT likewise when set, and when unset fall back from
 * their defaults to free ports (printed). However it ends (a failed step, Ctrl-C, kill), the start
 * stops everything it started and says what to do in one line; if it is killed with no chance to
 * clean up, its children stop themselves (scripts/launcher/*-with-parent.mjs).
 */
import { type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { migrateDatabase } from '../db/migrate';
import { DEMO_RESELLER, seedDatabase } from '../db/seed';
import { ConfigError, deriveAppUrl, fakesInUse, parseConfig } from '../lib/config';
import { nextFreePort, portIsFree, PortInUseError } from '../lib/net/ports';
import { sandboxAccountLines } from './accounts';
import { builtForOtherConfig, prerenderedRoutesWithNoncePolicy, recordBuildConfig } from './launcher/build-config';
import { startSandboxDatabase } from './launcher/database';
import { exitWithParentArgs, Launch, LaunchError, LaunchStopped, oneLine } from './launcher/launch';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const fresh = args.has('--fresh');

function log(message: string) {
  console.log(`[didtron] ${message}`);
}

// The worker hands running jobs back to the queue within 20 s of SIGTERM; wait a little longer.
const launch = new Launch({ graceMs: 25_000, log });

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

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitForHealth(web: ChildProcess, url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    launch.checkpoint();
    if (exited(web)) throw new LaunchError(`the web server exited (${web.exitCode ?? web.signalCode}) before it was ready: its output is above`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new LaunchError(`the web server did not become healthy within ${timeoutMs / 1000} s: its output is above`);
}

function runToEnd(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (exited(child) ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

async function main() {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let cfg = parseConfig(process.env);
  const env = { ...process.env } as NodeJS.ProcessEnv & Record<string, string>;

  if (cfg.isSandbox && !cfg.bindsLoopbackOnly) {
    log(
      `WARNING: HOST=${cfg.bindHost} makes this sandbox reachable from other machines, and its fake mail (password-reset links), public demo passwords and public secrets let anyone there take over its accounts`,
    );
  }
  // Before anything starts: a taken web port is the likeliest clash (a second sandbox on this machine).
  if (!(await portIsFree(cfg.PORT, cfg.bindHost))) throw new PortInUseError(cfg.PORT, 'PORT', await nextFreePort(cfg.PORT, cfg.bindHost));

  const embedded = !cfg.databaseUrl;
  if (embedded) {
    const db = await launch.step(() =>
      startSandboxDatabase(launch, { dir: cfg.EMBEDDED_PG_DIR, port: cfg.EMBEDDED_PG_PORT, portConfigured: Boolean(env.EMBEDDED_PG_PORT), fresh, log }),
    );
    env.DATABASE_URL = db.url;
    env.EMBEDDED_PG_PORT = String(db.port);
    log(`embedded PostgreSQL on 127.0.0.1:${db.port} (data in ${cfg.EMBEDDED_PG_DIR})`);
  } else if (fresh) {
    await launch.step(() => recreateDatabase(cfg.databaseUrl!));
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

  await launch.step(() => migrateDatabase(env.DATABASE_URL!, cfg.appDbPassword));
  await launch.step(() => seedDatabase(env.DATABASE_URL!, { demo: cfg.isSandbox, rootDomain: cfg.ROOT_DOMAIN, port: cfg.PORT }));
  log('database migrated and seeded');

  if (cfg.isSandbox) {
    const fakesModule = path.resolve('fakes/start-fakes.ts');
    if (fs.existsSync(fakesModule)) {
      const { startFakes } = (await import(fakesModule)) as typeof import('../fakes/start-fakes');
      const fakes = await launch.step(async () => {
        const started = await startFakes({
          dataDir: '.data/fakes',
          ports: { s3: cfg.FAKE_S3_PORT, brevo: cfg.FAKE_BREVO_PORT, dns: cfg.FAKE_DNS_PORT, connexcs: cfg.FAKE_CONNEXCS_PORT },
          // The fake ConnexCS keeps its state in its own schema (fake_connexcs) of this database.
          databaseUrl: env.DATABASE_URL,
          connexcsCps: cfg.FAKE_CONNEXCS_CPS,
        });
        launch.onStop('the fake servers', started.close);
        return started;
      });
      Object.assign(env, fakes.env);
      log(
        `local fake servers: ${fakesInUse(env).join(', ')} (S3 ${fakes.env.R2_ENDPOINT}, Brevo ${fakes.brevoOrigin}${fakes.connexcsOrigin ? `, ConnexCS ${fakes.env.CONNEXCS_API_URL}` : ''})`,
      );
    }
  }

  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  // Prerendered pages show the configuration they were built with: another one needs a new build too.
  if (!dev && (buildIsStale() || builtForOtherConfig(env))) {
    log('building the app (next build)...');
    const build = launch.spawn(process.execPath, [...exitWithParentArgs, nextBin, 'build'], { stdio: 'inherit', env });
    const code = await launch.step(() => runToEnd(build));
    if (code !== 0) throw new LaunchError('next build failed (its errors are above): fix them and run npm start again');
    recordBuildConfig(env);
  }
  const unlisted = dev ? [] : prerenderedRoutesWithNoncePolicy();
  if (unlisted.length) {
    throw new LaunchError(
      `next build prerendered ${unlisted.join(', ')}, which the proxy serves with a nonce policy (their scripts would be blocked): list them in lib/http/prerendered.ts or render them per request (await connection())`,
    );
  }
  // Our web server around Next's handler (not `next start`/`next dev`): it owns the socket, so the
  // client address cannot be forged (scripts/web-server.ts). NODE_ENV as Next's own CLI sets it;
  // HOST is where it listens (loopback in sandbox unless widened).
  const webEnv = { ...env, PORT: String(cfg.PORT), HOST: cfg.bindHost, NODE_ENV: dev ? 'development' : (env.NODE_ENV ?? 'production'), DIDTRON_PROCESS: 'web' };
  const web = launch.spawn(process.execPath, [...exitWithParentArgs, '--import', 'tsx', path.resolve('scripts/web-server.ts'), ...(dev ? ['--dev'] : [])], {
    stdio: 'inherit',
    env: webEnv,
  });
  await launch.step(() => waitForHealth(web, `http://${cfg.localWebHost}:${cfg.PORT}/api/health`, dev ? 180_000 : 60_000));
  web.on('exit', (code, signal) => {
    if (launch.stopping) return;
    log(`the web server exited (${code ?? signal}): stopping`);
    void stop(code || 1);
  });

  // The job worker; with LOCAL_SCHEDULER (default on in sandbox) it also calls /api/cron/<job> on schedule.
  const worker = launch.spawn(process.execPath, [...exitWithParentArgs, '--import', 'tsx', path.resolve('jobs/worker.ts')], {
    stdio: 'inherit',
    env: { ...env, DIDTRON_PROCESS: 'worker' },
  });
  worker.on('exit', (code, signal) => {
    if (launch.stopping) return;
    log(`the worker exited (${code ?? signal}): stopping`);
    void stop(code || 1);
  });
  log(`job worker started (concurrency ${cfg.WORKER_CONCURRENCY}${cfg.localScheduler ? ', local scheduler on' : ''})`);
  const base = (host: string) => `${cfg.PUBLIC_SCHEME}://${host}:${cfg.PORT}`;
  const root = cfg.ROOT_DOMAIN;
  log(`ready (listening on ${cfg.bindHost}:${cfg.PORT}):`);
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
  // Every sandbox start (also `npm run accounts`); never in production, where the seed creates none.
  if (cfg.isSandbox) {
    const [heading, ...lines] = sandboxAccountLines(cfg);
    log(heading!);
    for (const line of lines) console.log(line);
  }
}

let exiting = false;
async function stop(code: number) {
  if (exiting) return;
  exiting = true;
  await launch.stop();
  process.exit(code);
}

/** The one line a failed start prints: what went wrong and what to change. */
function explain(error: unknown): string {
  if (error instanceof ConfigError) return `invalid configuration: ${error.problems.join('; ')}`;
  return oneLine(error);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (exiting) log('still stopping: waiting for the worker to hand its jobs back');
    void stop(0);
  });
}
// A crash anywhere (a fake server's socket, a stray rejection) still stops everything this start began.
process.on('uncaughtException', (error) => {
  console.error(`[didtron] start failed: ${explain(error)}`);
  void stop(1);
});
process.on('unhandledRejection', (error) => {
  console.error(`[didtron] start failed: ${explain(error)}`);
  void stop(1);
});
main().catch((error: unknown) => {
  if (!(error instanceof LaunchStopped)) console.error(`[didtron] start failed: ${explain(error)}`);
  void stop(1);
});
