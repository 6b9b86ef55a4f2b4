import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { sqlClient } from '@/db/client';

let cached: { client: postgres.Sql; db: PostgresJsDatabase } | undefined;

/**
 * Single statements on integration_calls, outside any transaction: the table has no tenant_id, so
 * no tenant context is needed, and one round trip keeps the recorder cheap. Rebuilt when the pool is.
 */
export function infraDb(): PostgresJsDatabase {
  const client = sqlClient();
  if (cached?.client !== client) cached = { client, db: drizzle(client) };
  return cached.db;
}
