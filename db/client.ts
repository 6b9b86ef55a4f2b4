import { DrizzleQueryError, sql as dsql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { config } from '@/lib/config';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/**
 * Anything that can run a statement: infraDb(), or a caller's transaction (an enqueue that must
 * commit together with an audit event or a cron run record).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: withPlatform's tx and infraDb() both qualify
export type AnyDb = PgDatabase<PostgresJsQueryResultHKT, any, any>;

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

/*
 * The ways to the database (docs/DECISIONS.md, "One way to the database"): withTenant and
 * withPlatform for tenant-scoped and cross-tenant transactions, infraDb() for the tenant-less
 * infrastructure tables, listen() for LISTEN. Nothing outside db/ builds a Drizzle instance or
 * touches the raw client: an eslint rule (eslint.config.mjs) and tests/db-seams.test.ts keep it so.
 */

/** The raw postgres.js client of the app role. db/ only (LISTEN, the pool's own tests). */
export function sqlClient(): postgres.Sql {
  return handles().client;
}

/**
 * The one handle for tenant-less infrastructure tables (job queue, cron runs, integration calls,
 * metrics, alerts, redis_kv, catalog queries): single statements and short transactions outside
 * any tenant context. A table with tenant_id is invisible through it (RLS sees no tenant): use
 * withTenant or withPlatform for those. Raw SQL goes through `infraDb().execute(sql\`...\`)`.
 */
export function infraDb(): Db {
  return handles().db;
}

/** LISTEN on a channel of the app role's pool; the promise resolves once the subscription is live. */
export function listen(channel: string, onNotify: (payload: string) => void): Promise<{ unlisten: () => Promise<void> }> {
  return handles()
    .client.listen(channel, onNotify)
    .then((meta) => ({ unlisten: () => meta.unlisten() }));
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

/**
 * The driver's error behind Drizzle's "Failed query" wrapper (PostgreSQL's code and message), or
 * the error itself: for callers that map SQLSTATE codes or show the server's message.
 */
export function driverError(error: unknown): unknown {
  return error instanceof DrizzleQueryError && error.cause ? error.cause : error;
}

export async function closeDb(): Promise<void> {
  const h = store.__didtronDb;
  store.__didtronDb = undefined;
  await h?.client.end({ timeout: 5 });
}
