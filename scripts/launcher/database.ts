import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runningPostmaster, startEmbeddedPostgres, stopPostmaster } from '../../db/embedded';
import { choosePort } from '../../lib/net/ports';
import { LaunchError, type Launch } from './launch';

const STOP_WITH_PARENT = path.resolve(import.meta.dirname, 'stop-with-parent.mjs');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Which launcher uses a data directory: `<dir>.launcher.pid` next to it (the directory itself belongs to PostgreSQL). */
const ownerFile = (dir: string) => `${path.resolve(dir)}.launcher.pid`;

function ownerOf(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * The embedded PostgreSQL of one start, on `dir`:
 * - a server still running on `dir` from a start that crashed or was killed is stopped first (its
 *   launcher is gone); one whose launcher still runs is refused in one line;
 * - the port is EMBEDDED_PG_PORT: when set it must be free, else one line names the variable; unset,
 *   the default (54329) when free, else any free port (a second clone's sandbox holds it);
 * - a watchdog stops the server if this launcher dies without stopping it (kill -9).
 * Everything started is registered with `launch`.
 */
export async function startSandboxDatabase(
  launch: Launch,
  options: { dir: string; port: number; portConfigured: boolean; fresh: boolean; log: (message: string) => void },
): Promise<{ url: string; port: number }> {
  const { dir, log } = options;
  const owner = ownerOf(dir);
  const stale = await runningPostmaster(dir);
  if (stale && owner) {
    throw new LaunchError(`another start (pid ${owner}) is using the database in ${dir}: stop it first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT`);
  }
  if (stale) {
    log(`stopping the PostgreSQL an earlier start left running on ${dir} (pid ${stale.pid}, port ${stale.port})`);
    await stopPostmaster(stale.pid);
  }
  if (options.fresh) fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  fs.writeFileSync(ownerFile(dir), String(process.pid));
  launch.onStop('the database owner file', async () => {
    // Only our own record: a later start may already have written its pid there.
    const recorded = fs.existsSync(ownerFile(dir)) ? fs.readFileSync(ownerFile(dir), 'utf8').trim() : null;
    if (recorded === String(process.pid)) fs.rmSync(ownerFile(dir), { force: true });
  });

  const port = await choosePort({ configured: options.portConfigured ? options.port : undefined, preferred: options.port, variable: 'EMBEDDED_PG_PORT' });
  if (port !== options.port) log(`port ${options.port} is taken by another program: embedded PostgreSQL uses ${port} (set EMBEDDED_PG_PORT to choose)`);

  const db = await startEmbeddedPostgres({ dir, port, database: 'didtron' });
  launch.onStop('embedded PostgreSQL', db.stop);
  const postmaster = await runningPostmaster(dir);
  if (postmaster) {
    const guard = spawn(process.execPath, [STOP_WITH_PARENT, String(process.pid), String(postmaster.pid)], { detached: true, stdio: 'ignore' });
    guard.unref();
    // Registered after the server, so it runs first: an orderly stop needs no watchdog.
    launch.onStop('the PostgreSQL watchdog', async () => {
      guard.kill('SIGTERM');
    });
  }
  return { url: db.url, port };
}
