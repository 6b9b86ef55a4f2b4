/**
 * `npm run bench:http`: the request path's cost, side by side with a bare Next.js app of the same
 * version and the same proxy shape (bench/http/bare), in one run with one load generator
 * (bench/http/load.ts). Starts the app as production does (scripts/start.ts: build when stale, a
 * fresh sandbox database, fakes, web server and worker), builds and starts the bare app with
 * `next start`, creates 60 tenants and a staff session, then measures each pair in alternation.
 * Prints a table; the last line is one JSON object with the ratios (app / bare requests per second)
 * and the CPU ratios (bare / app CPU time of the server process per request: steadier than
 * requests per second on a loaded machine, since it does not count time the server waited for a core;
 * the app's PostgreSQL backends are not counted).
 *   BENCH_DURATION_MS (6000) per measurement, BENCH_ROUNDS (3, the median counts),
 *   BENCH_CONNECTIONS (16), BENCH_APP_PORT (3128), BENCH_BARE_PORT (3129), BENCH_PG_PORT (54358),
 *   BENCH_ONLY=<key>[,<key>] (marketing, docs, signIn, publicJson, authList) runs only those,
 *   BENCH_CPU_PROF=1 adds one more load of each app scenario under V8's sampling profiler (the
 *   inspector of the app's web server, opened with SIGUSR1 on 127.0.0.1:9229; needs Node's
 *   WebSocket: Node 22, or NODE_OPTIONS=--experimental-websocket on Node 20) and writes
 *   .data/bench-prof/<scenario>.cpuprofile (open in Chrome DevTools),
 *   BENCH_DB_NAME (didtron_bench).
 * With DATABASE_URL set the app uses the database BENCH_DB_NAME next to it (recreated), else an
 * embedded PostgreSQL in .data/pg-bench. Nothing here asserts: the figures depend on the machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, request, type LoadResult, type Target } from './load';

const env = process.env;
const DURATION = Number(env.BENCH_DURATION_MS ?? 6000);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 16);
const APP_PORT = Number(env.BENCH_APP_PORT ?? 3128);
const BARE_PORT = Number(env.BENCH_BARE_PORT ?? 3129);
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const PROFILE_DIR = env.BENCH_CPU_PROF === '1' ? path.resolve('.data/bench-prof') : null;
const nextBin = path.resolve('node_modules/next/dist/bin/next');
const bareDir = path.resolve('bench/http/bare');
const children: ChildProcess[] = [];

function log(message: string) {
  console.error(`[bench:http] ${message}`);
}

function stopAll() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

async function waitFor(port: number, path: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`:${port}${path}: the server exited (${child.exitCode}) before it was ready`);
    try {
      if ((await request({ port, host: `localhost:${port}`, path })).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`:${port}${path} did not answer within ${timeoutMs / 1000} s`);
}

function databaseUrl(): string | undefined {
  if (!env.DATABASE_URL) return undefined;
  const u = new URL(env.DATABASE_URL);
  u.pathname = `/${env.BENCH_DB_NAME ?? 'didtron_bench'}`;
  return u.toString();
}

async function startApp(): Promise<void> {
  const db = databaseUrl();
  const appEnv = {
    ...env,
    PORT: String(APP_PORT),
    EMBEDDED_PG_DIR: '.data/pg-bench',
    EMBEDDED_PG_PORT: env.BENCH_PG_PORT ?? '54358',
    // Production's default: one access-log line per API request is part of the path measured.
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
    ...(db ? { DATABASE_URL: db } : {}),
  };
  if (!db) delete appEnv.DATABASE_URL;
  log(`starting the app on :${APP_PORT} (scripts/start.ts --fresh; builds when stale)`);
  const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--fresh'], { env: appEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(app);
  await waitFor(APP_PORT, '/api/health', app, 1_200_000);
}

/** A CPU profile of the process while `during` runs, through its inspector (Chrome DevTools protocol). */
async function profiled<T>(pid: number, name: string, during: () => Promise<T>): Promise<T> {
  const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!WS) throw new Error('BENCH_CPU_PROF needs a WebSocket client: Node 22, or NODE_OPTIONS=--experimental-websocket');
  process.kill(pid, 'SIGUSR1');
  await new Promise((r) => setTimeout(r, 1000));
  const [target] = (await (await fetch('http://127.0.0.1:9229/json/list')).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const ws = new WS(target!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.onmessage = (event: MessageEvent) => {
    const msg = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  };
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  const result = await during();
  const { profile } = (await send('Profiler.stop')) as { profile: unknown };
  ws.close();
  fs.mkdirSync(PROFILE_DIR!, { recursive: true });
  fs.writeFileSync(path.join(PROFILE_DIR!, `${name}.cpuprofile`), JSON.stringify(profile));
  log(`CPU profile: ${path.join(PROFILE_DIR!, `${name}.cpuprofile`)}`);
  return result;
}

/** The process listening on the port (the app's web server is a grandchild of the launcher). */
function listenerPid(port: number): number | null {
  const out = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout ?? '';
  const m = /pid=(\d+)/.exec(out);
  return m ? Number(m[1]) : null;
}

/** User + system CPU time of a process so far, in milliseconds (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number | null): number {
  if (!pid) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** One measurement, with the server's CPU time per request. */
async function measure(target: Target, pid: number | null): Promise<LoadResult & { cpuMsPerRequest: number }> {
  const before = cpuMs(pid);
  const result = await load(target, { connections: CONNECTIONS, durationMs: DURATION });
  const used = cpuMs(pid) - before;
  return { ...result, cpuMsPerRequest: Math.round((used / Math.max(1, result.requests)) * 1000) / 1000 };
}

async function startBare(): Promise<void> {
  log('building the bare app (bench/http/bare)');
  const build = spawnSync(process.execPath, [nextBin, 'build', bareDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error('next build of bench/http/bare failed');
  const bare = spawn(process.execPath, [nextBin, 'start', bareDir, '-p', String(BARE_PORT)], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, NODE_ENV: 'production' } });
  children.push(bare);
  await waitFor(BARE_PORT, '/api/public', bare, 120_000);
}

/** 60 tenants (so the list has 50 rows to show) and a staff session cookie on the admin host. */
async function prepareApp(): Promise<string> {
  const host = `admin.localhost:${APP_PORT}`;
  const json = { origin: `http://${host}`, 'content-type': 'application/json' };
  const signIn = await request({ port: APP_PORT, host, path: '/api/auth/sign-in/email', method: 'POST', headers: json, body: JSON.stringify({ email: 'admin@didtron.localhost', password: 'didtron-sandbox' }) });
  if (signIn.status !== 200) throw new Error(`sign-in as the sandbox super admin failed: ${signIn.status} ${signIn.body}`);
  const cookie = (signIn.headers['set-cookie'] ?? []).map((c) => c.split(';', 1)[0]).join('; ');
  for (let i = 0; i < 60; i++) {
    const body = JSON.stringify({ slug: `bench-${i}`, name: `Bench Carrier ${String(i).padStart(3, '0')}`, primaryColor: '#2563EB', accentColor: '#0EA5E9' });
    const res = await request({ port: APP_PORT, host, path: '/api/admin/tenants', method: 'POST', headers: { ...json, cookie }, body });
    if (res.status !== 201) throw new Error(`creating tenant bench-${i} failed: ${res.status} ${res.body}`);
  }
  const list = await request({ port: APP_PORT, host, path: '/api/admin/tenants?limit=50', headers: { cookie } });
  const rows = list.status === 200 ? (JSON.parse(list.body) as { items?: unknown[] }).items?.length : undefined;
  if (rows !== 50) throw new Error(`the authenticated list answered ${list.status} with ${rows ?? 'no'} rows, not 50`);
  return cookie;
}

type Pair = { key: string; label: string; app: Target; bare: Target };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await startApp();
  await startBare();
  const cookie = await prepareApp();
  // Host headers as a browser sends them, with the port.
  const app = (host: string, path: string, headers?: Record<string, string>): Target => ({ port: APP_PORT, host: `${host}:${APP_PORT}`, path, headers });
  const bare = (host: string, path: string, headers?: Record<string, string>): Target => ({ port: BARE_PORT, host: `${host}:${BARE_PORT}`, path, headers });
  const allPairs: Pair[] = [
    { key: 'marketing', label: 'marketing home', app: app('localhost', '/'), bare: bare('localhost', '/') },
    { key: 'docs', label: 'docs page', app: app('docs.localhost', '/rating'), bare: bare('docs.localhost', '/rating') },
    { key: 'signIn', label: 'sign-in page', app: app('pbx.localhost', '/sign-in'), bare: bare('pbx.localhost', '/sign-in') },
    { key: 'publicJson', label: 'public JSON (/api/status)', app: app('localhost', '/api/status'), bare: bare('localhost', '/api/public') },
    { key: 'authList', label: 'authenticated list, 50 rows', app: app('admin.localhost', '/api/admin/tenants?limit=50', { cookie }), bare: bare('admin.localhost', '/api/list', { cookie }) },
  ];
  const pairs = allPairs.filter((p) => !ONLY || ONLY.has(p.key));
  if (pairs.length === 0) throw new Error(`BENCH_ONLY=${env.BENCH_ONLY} names no scenario (${allPairs.map((p) => p.key).join(', ')})`);
  const appPid = listenerPid(APP_PORT);
  const barePid = listenerPid(BARE_PORT);
  if (!appPid || !barePid) log(`could not find the server processes (app ${appPid}, bare ${barePid}): no CPU figures`);

  type Measured = LoadResult & { cpuMsPerRequest: number };
  const results: Record<string, { app: Measured[]; bare: Measured[] }> = {};
  for (const pair of pairs) {
    // Warm both (first render of on-demand pages, JIT) before measuring.
    await load(pair.bare, { connections: CONNECTIONS, durationMs: 1500 });
    await load(pair.app, { connections: CONNECTIONS, durationMs: 1500 });
    results[pair.key] = { app: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      results[pair.key]!.bare.push(await measure(pair.bare, barePid));
      results[pair.key]!.app.push(await measure(pair.app, appPid));
    }
    if (PROFILE_DIR && appPid) await profiled(appPid, pair.key, () => load(pair.app, { connections: CONNECTIONS, durationMs: DURATION }));
    const r = results[pair.key]!;
    const kb = (rs: LoadResult[]) => rs.reduce((n, x) => n + x.bytes, 0) / Math.max(1, rs.reduce((n, x) => n + x.requests, 0)) / 1024;
    const fmt = (rs: Measured[]) =>
      `${median(rs.map((x) => x.rps)).toFixed(0).padStart(6)} req/s  p95 ${median(rs.map((x) => x.p95)).toFixed(1).padStart(6)} ms  ${kb(rs).toFixed(1).padStart(5)} kB  cpu ${median(rs.map((x) => x.cpuMsPerRequest)).toFixed(2).padStart(5)} ms/req`;
    const bad = [...r.app, ...r.bare].reduce((n, x) => n + x.non2xx + x.errors, 0);
    console.log(`${pair.label.padEnd(30)} app ${fmt(r.app)}   bare ${fmt(r.bare)}   ratio ${(median(r.app.map((x) => x.rps)) / median(r.bare.map((x) => x.rps))).toFixed(2)}${bad ? `   (${bad} non-2xx/errors)` : ''}`);
  }

  const summary: Record<string, unknown> = { connections: CONNECTIONS, durationMs: DURATION, rounds: ROUNDS, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
  const ratios: Record<string, number> = {};
  const cpuRatios: Record<string, number | null> = {};
  for (const pair of pairs) {
    const r = results[pair.key]!;
    const app = median(r.app.map((x) => x.rps));
    const bare = median(r.bare.map((x) => x.rps));
    const appCpu = median(r.app.map((x) => x.cpuMsPerRequest));
    const bareCpu = median(r.bare.map((x) => x.cpuMsPerRequest));
    ratios[pair.key] = Math.round((app / bare) * 100) / 100;
    cpuRatios[pair.key] = Number.isFinite(appCpu / bareCpu) ? Math.round((bareCpu / appCpu) * 100) / 100 : null;
    summary[pair.key] = { appRps: app, bareRps: bare, appP95: median(r.app.map((x) => x.p95)), bareP95: median(r.bare.map((x) => x.p95)), appCpuMsPerRequest: appCpu, bareCpuMsPerRequest: bareCpu };
  }
  console.log(JSON.stringify({ ratios, cpuRatios, ...summary }));
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[bench:http] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
