import { sql as dsql } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { config } from '@/lib/config';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

type Handles = { client: postgres.Sql; db: Db };
// One pool per process, kept on globalThis so that dev reloads do not leak connections.
const store = globalThis as typeof globalThis & { __didtronDb?: Handles };

function handles(): Handles {
  if (store.__didtronDb) return store.__didtronDb;
  const url = config().databaseAppUrl;
  if (!url) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which starts embedded PostgreSQL and sets it.');
  }
  const client = postgres(url, {
    max: config().DATABASE_POOL_MAX,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: `didtron-${process.env.DIDTRON_PROCESS ?? 'web'}` },
  });
  store.__didtronDb = { client, db: drizzle(client, { schema }) };
  return store.__didtronDb;
}

/** The raw postgres.js client of the app role (LISTEN, health checks). */
export function sqlClient(): postgres.Sql {
  return handles().client;
}

/**
 * Runs fn in a transaction scoped to one tenant: RLS sees only that tenant's rows, and with no
 * tenant set it sees none. set_config(..., true) is transaction-local, so a pooled connection
 * never carries the tenant of a previous request.
 */
export async function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return handles().db.transaction(async (tx) => {
    await tx.execute(dsql`select set_config('app.tenant_id', ${tenantId}, true)`);
    return fn(tx);
  });
}

/**
 * The explicit cross-tenant path for platform staff and system jobs. Callers must have checked a
 * platform permission and write an audit event for staff writes.
 */
export async function withPlatform<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return handles().db.transaction(async (tx) => {
    await tx.execute(dsql`select set_config('app.platform', 'on', true)`);
    return fn(tx);
  });
}

export async function closeDb(): Promise<void> {
  const h = store.__didtronDb;
  store.__didtronDb = undefined;
  await h?.client.end({ timeout: 5 });
}
