import { sql } from 'drizzle-orm';
import { driverError, infraDb } from '@/db/client';
import { quantile } from './histogram';

/** Round trips of a trivial statement: what every query pays before doing any work. */
export async function probeDatabaseLatency(probes = 5): Promise<{ samples: number[]; p50Ms: number; p95Ms: number }> {
  const db = infraDb();
  const samples: number[] = [];
  for (let i = 0; i < probes; i++) {
    const started = performance.now();
    await db.execute(sql`select 1`);
    samples.push(Math.round((performance.now() - started) * 100) / 100);
  }
  return { samples, p50Ms: quantile(samples, 0.5) ?? 0, p95Ms: quantile(samples, 0.95) ?? 0 };
}

export type ConnectionUse = { total: number; active: number; idle: number; idleInTransaction: number; maxConnections: number; utilizationPct: number };

/**
 * The app's connections as PostgreSQL sees them: every process names its pool `didtron-<process>`
 * (db/client.ts), and postgres.js does not expose its own pool counters. The app role sees the
 * state of its own sessions.
 */
export async function connectionUse(): Promise<ConnectionUse> {
  const [row] = await infraDb().execute<{ total: number; active: number; idle: number; idle_tx: number; max_connections: number }>(sql`
    select count(*)::int as total,
           (count(*) filter (where state = 'active'))::int as active,
           (count(*) filter (where state = 'idle'))::int as idle,
           (count(*) filter (where state like 'idle in transaction%'))::int as idle_tx,
           current_setting('max_connections')::int as max_connections
    from pg_stat_activity
    where application_name like 'didtron-%' and datname = current_database()`);
  const total = row?.total ?? 0;
  const max = row?.max_connections ?? 0;
  return {
    total,
    active: row?.active ?? 0,
    idle: row?.idle ?? 0,
    idleInTransaction: row?.idle_tx ?? 0,
    maxConnections: max,
    utilizationPct: max > 0 ? Math.round((total / max) * 1000) / 10 : 0,
  };
}

export type SlowQuery = { query: string; calls: number; meanMs: number; maxMs: number };
export type SlowQueries = { available: false; reason: string } | { available: true; thresholdMs: number; count: number; top: SlowQuery[] };

export const SLOW_QUERY_MS = 100;

/**
 * Statements whose mean time exceeds SLOW_QUERY_MS, from pg_stat_statements when the extension is
 * installed and loaded (it needs shared_preload_libraries, which managed and embedded servers often
 * lack). Query texts are normalised by PostgreSQL (constants become $1), so no values leak.
 */
export async function slowQueries(limit = 5): Promise<SlowQueries> {
  const db = infraDb();
  const [ext] = await db.execute<{ installed: boolean }>(sql`select exists (select 1 from pg_extension where extname = 'pg_stat_statements') as installed`);
  if (!ext?.installed) return { available: false, reason: 'pg_stat_statements is not installed on this database' };
  try {
    const rows = await db.execute<{ query: string; calls: number; mean_ms: number; max_ms: number; total: number }>(sql`
      select left(query, 300) as query, calls::int as calls, mean_exec_time as mean_ms, max_exec_time as max_ms,
             count(*) over ()::int as total
      from pg_stat_statements
      where mean_exec_time > ${SLOW_QUERY_MS} and calls > 0
      order by mean_exec_time desc
      limit ${limit}`);
    return {
      available: true,
      thresholdMs: SLOW_QUERY_MS,
      count: rows[0]?.total ?? 0,
      top: rows.map((r) => ({ query: r.query, calls: r.calls, meanMs: Math.round(Number(r.mean_ms) * 10) / 10, maxMs: Math.round(Number(r.max_ms) * 10) / 10 })),
    };
  } catch (caught) {
    const error = driverError(caught);
    return { available: false, reason: `pg_stat_statements is installed but cannot be read (${error instanceof Error ? error.message.slice(0, 120) : 'error'})` };
  }
}
