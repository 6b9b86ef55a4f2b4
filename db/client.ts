import { DrizzleQueryError } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle, PostgresJsSession, PostgresJsTransaction, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
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

/** The transaction-local settings RLS reads (db/migrate.ts policies): `app.tenant_id`, `app.platform`. */
type Settings = ReadonlyArray<readonly [name: 'app.tenant_id' | 'app.platform', value: string]>;

const CONNECTION_ERROR = /^CONNECTION_/;
type Pending = ReturnType<postgres.Sql['unsafe']>;

/** Statements at most this long, with at most this many parameters, are prepared (see preparedOptions). */
const PREPARE_MAX_CHARS = 8_192;
const PREPARE_MAX_PARAMETERS = 100;
/**
 * A search's plan depends on its pattern (a trigram index for "%northwind%", nothing useful for
 * "%a%"); a generic plan cannot see the pattern and chose a sequential scan over 100,000 accounts
 * (bench:customers search p95 227 ms -> 1,259 ms when prepared), so pattern matches stay unnamed.
 */
const PATTERN_MATCH = /\b(i?like|similar to)\b|~~/i;

/**
 * Drizzle sends every statement unnamed (`prepare: false`), and postgres.js then asks the server
 * for the parameter types before each execution (Parse/Describe, a round trip) and PostgreSQL plans
 * it afresh every time: 2-7 ms of planning for a four-table list page under RLS, more than running
 * it. A prepared statement is described once per connection, and after five executions PostgreSQL
 * may keep a generic plan. Bounded to statements of a fixed shape and modest size: postgres.js keeps
 * every prepared statement of a connection until the connection ends (max_lifetime, 30-60 min), so
 * bulk inserts and long IN lists, whose text differs with every batch, stay unnamed.
 */
function preparedOptions(query: string, params: unknown[] | undefined, options: postgres.UnsafeQueryOptions | undefined): postgres.UnsafeQueryOptions | undefined {
  if (!params?.length || query.length > PREPARE_MAX_CHARS || params.length > PREPARE_MAX_PARAMETERS || PATTERN_MATCH.test(query)) return options;
  return { ...options, prepare: true };
}

/**
 * A transaction on a reserved connection with its first statements pipelined: BEGIN, the
 * set_config of the scope and fn's first query leave in one write and cost one round trip (with
 * Drizzle's `transaction()` each waits for the previous: BEGIN, set_config, query, COMMIT were
 * four). Semantics are those of postgres.js's `begin`: fn's error (or the error of a query fn did
 * not await) rolls back and is thrown; otherwise COMMIT. The settings are transaction-local
 * (set_config(..., true)), so COMMIT or ROLLBACK clears them before the connection goes back to the
 * pool: a pooled connection never carries the tenant of a previous request
 * (db/pool-isolation.test.ts). If BEGIN itself failed, set_config outside a transaction sets
 * nothing and RLS sees no tenant (no rows), and BEGIN's error is thrown.
 *
 * `oneRead`: fn issues exactly one statement (readInTenant); COMMIT is pipelined right behind it,
 * so the whole transaction is one round trip.
 */
async function scopedTransaction<T>(settings: Settings, fn: (tx: Tx) => Promise<T>, oneRead = false): Promise<T> {
  const h = handles();
  const reserved = await h.client.reserve();
  let ended = false;
  let sent = 0;
  let failure: unknown;
  let connectionLost = false;
  // A one-read scope's COMMIT, sent right behind its statement.
  let commit: Pending | undefined;
  const track = (q: Pending): Pending => {
    // Sent now, in order: the driver writes what is queued in one tick as one packet.
    q.execute();
    sent++;
    q.catch((error: unknown) => {
      failure ??= error;
      if (CONNECTION_ERROR.test(String((error as { code?: unknown }).code ?? ''))) connectionLost = true;
    });
    return q;
  };
  // The client Drizzle's session sees: the reserved connection, closed to late callers once the
  // transaction has ended (the connection may serve another request by then).
  let savepoints = 0;
  type Client = { unsafe: (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => Pending; savepoint: <R>(body: (c: Client) => Promise<R>) => Promise<R> };
  const client: Client = {
    unsafe: (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => {
      if (ended) throw new Error('This transaction has ended: a query after its end would run on a connection another request may hold');
      // A one-read scope already sent COMMIT behind its statement: a second one would run outside
      // the transaction, without the scope's settings.
      if (commit) throw new Error('A one-read scope (readInTenant, readInPlatform) issued a second statement: use withTenant or withPlatform');
      return track(reserved.unsafe(query, params as postgres.ParameterOrJSON<never>[], preparedOptions(query, params, options)));
    },
    // Drizzle's nested transaction (tx.transaction(), Better Auth's adapter inside a tenant transaction).
    savepoint: async (body) => {
      const name = `s${savepoints++}`;
      await client.unsafe(`savepoint ${name}`);
      try {
        return await body(client);
      } catch (error) {
        await client.unsafe(`rollback to savepoint ${name}`);
        throw error;
      }
    },
  };
  const internals = h.db as unknown as { dialect: ConstructorParameters<typeof PostgresJsSession>[1]; session: { schema: ConstructorParameters<typeof PostgresJsSession>[2]; options: ConstructorParameters<typeof PostgresJsSession>[3] } };
  const session = new PostgresJsSession(client as unknown as postgres.Sql, internals.dialect, internals.session.schema, internals.session.options);
  const tx = new PostgresJsTransaction(internals.dialect, session as never, internals.session.schema) as unknown as Tx;

  const begin = client.unsafe('begin');
  const set = client.unsafe(`select ${settings.map((_, i) => `set_config($${i * 2 + 1}, $${i * 2 + 2}, true)`).join(', ')}`, settings.flat());
  try {
    let result: T;
    try {
      const running = fn(tx);
      // readInTenant's one statement went out with BEGIN; COMMIT follows it in the same packet
      // (after a failed statement PostgreSQL answers COMMIT with ROLLBACK).
      if (oneRead && sent === 3) commit = client.unsafe('commit');
      result = await running;
      await begin;
      await set;
      if (failure) throw failure;
    } catch (error) {
      if (!commit) await client.unsafe('rollback').catch(() => {});
      else await commit.catch(() => {});
      throw error;
    }
    await (commit ?? client.unsafe('commit'));
    return result;
  } finally {
    ended = true;
    // A connection the driver saw close is in its closed queue already: handing it back would
    // put a dead (or reconnected, busy) connection in the open one.
    if (!connectionLost) reserved.release();
  }
}

/**
 * Runs fn in a transaction scoped to one tenant: RLS sees only that tenant's rows, and with no
 * tenant set it sees none. set_config(..., true) is transaction-local, so a pooled connection
 * never carries the tenant of a previous request.
 */
export async function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return scopedTransaction([['app.tenant_id', tenantId]], fn);
}

/**
 * One read in a transaction scoped to the tenant, in one round trip: BEGIN, set_config, the
 * statement and COMMIT leave together. `read` must issue exactly one statement (a Drizzle query
 * builder: `(tx) => tx.select()...`). A read whose statement leaves later (after an await) still
 * works, at the cost of a second round trip; a second statement is refused (it would follow COMMIT,
 * outside the transaction).
 */
export async function readInTenant<R>(tenantId: string, read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  return scopedTransaction(
    [['app.tenant_id', tenantId]],
    (tx) => sendNow(read(tx)),
    true,
  );
}

/**
 * A Drizzle builder is lazy (it runs when awaited, a microtask later): execute() sends it now, so
 * that COMMIT can follow it in the same packet.
 */
async function sendNow<R>(read: PromiseLike<R>): Promise<R> {
  const query = read as PromiseLike<R> & { execute?: () => Promise<R> };
  return typeof query.execute === 'function' ? query.execute() : query;
}

/**
 * readInTenant's platform twin: one read in a platform transaction, in one round trip. For lists
 * platform staff read on every page load (after a platform permission check).
 */
export async function readInPlatform<R>(read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  return scopedTransaction([['app.platform', 'on']], (tx) => sendNow(read(tx)), true);
}

/**
 * The explicit cross-tenant path for platform staff and system jobs. Callers must have checked a
 * platform permission and write an audit event for staff writes.
 */
export async function withPlatform<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return scopedTransaction([['app.platform', 'on']], fn);
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
