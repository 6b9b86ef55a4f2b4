import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runningPostmaster, stopPostmaster } from '@/db/embedded';
import { freePort, portIsFree } from '@/lib/net/ports';

/**
 * The launcher (`npm start`) as a person runs it, in a clone-like setting of its own: its own data
 * directory and ports, no DATABASE_URL. A failed or killed start must leave nothing behind: no
 * PostgreSQL, no fake server, no web server or worker, and say what to do in one line.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;
const running: ChildProcess[] = [];
const held: net.Server[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'didtron-start-'));
  // PostgreSQL runs as its own user when the tests run as root: the data directory's parent must be writable by it.
  fs.chmodSync(dir, 0o777);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
  // A failed test must not leave its PostgreSQL behind either.
  for (const name of fs.readdirSync(dir)) {
    const postmaster = await runningPostmaster(path.join(dir, name));
    if (postmaster) await stopPostmaster(postmaster.pid);
  }
});

async function hold(port: number) {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  held.push(server);
}

type Ports = { web: number; pg: number; s3: number; brevo: number };

async function ports(): Promise<Ports> {
  const [web, pg, s3, brevo] = [await freePort(), await freePort(), await freePort(), await freePort()];
  return { web: web!, pg: pg!, s3: s3!, brevo: brevo! };
}

/** Starts the launcher with a minimal environment: nothing of this test process's database leaks in. */
function launcher(p: Ports, name: string, extraArgs: string[] = []) {
  const dataDir = path.join(dir, name);
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    APP_MODE: 'sandbox',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(p.web),
    EMBEDDED_PG_PORT: String(p.pg),
    EMBEDDED_PG_DIR: dataDir,
    FAKE_S3_PORT: String(p.s3),
    FAKE_BREVO_PORT: String(p.brevo),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...extraArgs], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => output, dataDir };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every live process below `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z') parents.set(Number(entry), Number(fields[1]));
    } catch {
      /* gone meanwhile */
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

async function expectNothingLeft(p: Ports, dataDir: string, processes: number[], launcherPid?: number) {
  await until(() => processes.every((pid) => !alive(pid)), 60_000, 'the started processes to stop').catch((error: Error) => {
    const left = [...new Set(processes.filter(alive))].map((pid) => `${pid} (${commandLine(pid).slice(0, 80)})`);
    throw new Error(`${error.message}; still running: ${left.join(', ')}`);
  });
  expect(await runningPostmaster(dataDir)).toBeNull();
  for (const port of [p.web, p.pg, p.s3, p.brevo]) expect(await portIsFree(port), `port ${port} released`).toBe(true);
  // An orderly stop removes the owner file; after kill -9 it stays, naming a launcher that is gone (ignored by the next start).
  const owner = `${dataDir}.launcher.pid`;
  if (launcherPid === undefined) expect(fs.existsSync(owner)).toBe(false);
  else expect(fs.readFileSync(owner, 'utf8')).toBe(String(launcherPid));
}

/** The start's failure message: exactly one line, no stack trace. */
function failureLines(output: string): string[] {
  expect(output).not.toMatch(/^\s+at /m);
  return output.split('\n').filter((l) => l.includes('start failed'));
}

// Each test starts a real PostgreSQL (initdb, migrations, seed); on a busy machine that takes a while.
describe.skipIf(!fs.existsSync('/proc/self/stat'))('npm start (scripts/start.ts)', { timeout: 180_000 }, () => {
  it('stops at once when PORT is taken, naming PORT in one line, having started nothing', async () => {
    const p = await ports();
    await hold(p.web);
    const start = launcher(p, 'taken-web-port');
    expect(await start.exit).toBe(1);
    expect(failureLines(start.output())).toEqual([expect.stringMatching(new RegExp(`start failed: port ${p.web} is in use by another program: set PORT to a free port`))]);
    expect(fs.existsSync(start.dataDir)).toBe(false);
  });

  it('stops the database and the fakes it already started when a later step fails, and says which port to change', async () => {
    const p = await ports();
    await hold(p.brevo);
    const start = launcher(p, 'taken-fake-port');
    const seen: number[] = [];
    const watcher = setInterval(() => seen.push(...descendants(start.child.pid!).filter((pid) => !seen.includes(pid))), 100);
    const code = await start.exit;
    clearInterval(watcher);
    expect(code).toBe(1);
    expect(start.output()).toContain(`embedded PostgreSQL on 127.0.0.1:${p.pg}`);
    expect(failureLines(start.output())).toEqual([expect.stringContaining(`start failed: port ${p.brevo} is in use by another program: set FAKE_BREVO_PORT to a free port`)]);
    expect(seen.length).toBeGreaterThan(0); // PostgreSQL ran, as a child of the launcher
    held.splice(0).forEach((s) => s.close());
    await expectNothingLeft(p, start.dataDir, seen);
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`leaves no process behind when killed with ${signal} while starting the web server`, async () => {
      const p = await ports();
      // --dev: no build; the web server (scripts/web-server.ts --dev) starts right after the fakes.
      const start = launcher(p, `killed-${signal}`, ['--dev']);
      await until(() => start.output().includes('local fake servers') || start.child.exitCode !== null, 90_000, 'the fakes to start');
      expect(start.child.exitCode).toBeNull();
      // The web server is spawned next; wait until it is, so that it is among what must stop.
      await until(() => descendants(start.child.pid!).some((pid) => /web-server\.ts --dev/.test(commandLine(pid))), 30_000, 'the web server to be spawned');
      const processes = descendants(start.child.pid!);
      start.child.kill(signal);
      await start.exit;
      // After SIGKILL nothing ran in the launcher: its children stop themselves (exit-with-parent,
      // and the watchdog for PostgreSQL).
      await expectNothingLeft(p, start.dataDir, [...processes, ...processes.flatMap(descendants)], signal === 'SIGKILL' ? start.child.pid : undefined);
    });
  }

  it('stops a PostgreSQL an earlier killed start left running on its data directory, and starts its own', async () => {
    const p = await ports();
    const first = launcher(p, 'stale', ['--dev']);
    await until(() => first.output().includes('database migrated and seeded'), 90_000, 'the first start to seed');
    // An orphan as after a crash that took the launcher and its watchdog: kill both outright.
    const stale = await runningPostmaster(first.dataDir);
    expect(stale).not.toBeNull();
    const guards = descendants(first.child.pid!).filter((pid) => commandLine(pid).includes('stop-with-parent.mjs'));
    expect(guards).toHaveLength(1);
    const others = descendants(first.child.pid!).filter((pid) => pid !== stale!.pid && !descendants(stale!.pid).includes(pid) && !guards.includes(pid));
    for (const pid of guards) process.kill(pid, 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exit;
    // Anything else it had spawned (the dev web server) stops by itself; PostgreSQL stays, orphaned.
    await until(() => others.every((pid) => !alive(pid)), 30_000, 'the web server of the killed start to stop');
    expect(alive(stale!.pid)).toBe(true);

    // The same clone starts again; a failing late step (the Brevo port) makes it stop itself right after the database.
    await hold(p.brevo);
    const second = launcher(p, 'stale');
    expect(await second.exit).toBe(1);
    expect(second.output()).toContain(`stopping the PostgreSQL an earlier start left running on ${first.dataDir} (pid ${stale!.pid}`);
    expect(second.output()).toContain('database migrated and seeded');
    expect(alive(stale!.pid)).toBe(false);
    held.splice(0).forEach((s) => s.close());
    await expectNothingLeft(p, second.dataDir, [stale!.pid]);
  });
});
