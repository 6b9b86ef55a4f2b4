import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { sqlClient } from '@/db/client';

let cached: { client: postgres.Sql; db: PostgresJsDatabase } | undefined;

/**
 * Single statements and short transactions on the queue tables outside any tenant context: they
 * have no tenant_id, so the worker needs neither withTenant nor withPlatform. Rebuilt when the pool is.
 */
export function jobsDb(): PostgresJsDatabase {
  const client = sqlClient();
  if (cached?.client !== client) cached = { client, db: drizzle(client) };
  return cached.db;
}

/**
 * Anything that can run a statement: the jobs handle, or a caller's transaction (an enqueue that
 * must commit together with an audit event or a cron run record).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: withPlatform's tx and jobsDb()'s both qualify
export type JobsDb = PgDatabase<PostgresJsQueryResultHKT, any, any>;
