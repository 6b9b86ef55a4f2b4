import { sql } from 'drizzle-orm';
import { driverError, infraDb } from '@/db/client';

export type DatabaseHealth = { ok: boolean; latencyMs: number; version?: string; error?: string };

/** Reachability and server version, measured with one round trip. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const [row] = await infraDb().execute<{ version: string }>(sql`select current_setting('server_version') as version`);
    return { ok: true, latencyMs: Math.round(performance.now() - started), version: row?.version };
  } catch (caught) {
    const error = driverError(caught);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
}
