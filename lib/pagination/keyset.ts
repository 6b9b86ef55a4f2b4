import { and, asc, desc, getTableColumns, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { ValidationError } from '@/lib/errors';
import { encodeCursor, type CursorPayload } from './cursor';
import type { ListQuery } from './parse-list-query';

/** The body of every list endpoint (see DESIGN_SYSTEM.md, "List endpoint contract"). */
export type PageInfo = { nextCursor: string | null; prevCursor: string | null; limit: number };
export type Page<T> = { items: T[]; pageInfo: PageInfo };

export const KEYSET_VALUE = '__keysetValue';
export const KEYSET_ID = '__keysetId';

/** The two extra columns every keyset query selects: the boundary values, as exact text. */
export type KeysetFields = { [KEYSET_VALUE]: string; [KEYSET_ID]: string };

/** What a query builder needs from the pagination: spread `select`, and use `where`, `orderBy`, `limit`. */
export type KeysetClauses = {
  /** The parsed filters/search AND the cursor predicate (undefined when neither applies). */
  where: SQL | undefined;
  orderBy: SQL[];
  /** limit + 1: the extra row tells whether there is another page. */
  limit: number;
  select: { [KEYSET_VALUE]: SQL<string>; [KEYSET_ID]: SQL<string> };
};

/* eslint-disable @typescript-eslint/no-explicit-any -- a ListQuery of any sort/filter keys */
type AnyListQuery = ListQuery<any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d{1,20}$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2}){0,2})?)?$/;

function badCursor(): ValidationError {
  return new ValidationError([{ path: 'cursor', message: 'malformed cursor' }]);
}

/**
 * A tampered cursor must be a 422 naming `cursor`, not a PostgreSQL cast error (500): check the
 * values against the column types we compare them with.
 */
function assertCursorFits(cursor: CursorPayload, column: PgColumn, id: PgColumn): void {
  const check = (value: string, col: PgColumn) => {
    const type = col.getSQLType().toLowerCase();
    const ok =
      type === 'uuid'
        ? UUID.test(value)
        : /^(integer|bigint|smallint|serial|bigserial)/.test(type)
          ? INTEGER.test(value)
          : /^(numeric|decimal|real|double)/.test(type)
            ? NUMERIC.test(value)
            : /^(timestamp|date)/.test(type)
              ? TIMESTAMP.test(value)
              : true;
    if (!ok) throw badCursor();
  };
  check(cursor.v, column);
  check(cursor.id, id);
}

/**
 * The WHERE/ORDER BY/LIMIT of one page. The comparison is a row comparison
 * `(sort_col, id) > (v, id)`: it is exact with a unique tiebreaker (no row skipped or repeated
 * even when many rows share a sort value), and it uses a (sort_col, id) index. Cursor values are
 * bound parameters whose type PostgreSQL takes from the column; nothing is interpolated.
 */
export function keysetClauses(query: AnyListQuery, opts: { id: PgColumn; cursor?: CursorPayload | null }): KeysetClauses {
  const cursor = opts.cursor === undefined ? query.cursor : opts.cursor;
  const { column } = query.sort;
  const backwards = cursor?.d === 'prev';
  // Reading backwards runs the query in the opposite order, then reverses the rows.
  const ascending = (query.sort.direction === 'asc') !== backwards;
  let cursorWhere: SQL | undefined;
  if (cursor) {
    assertCursorFits(cursor, column, opts.id);
    cursorWhere = ascending ? sql`(${column}, ${opts.id}) > (${cursor.v}, ${cursor.id})` : sql`(${column}, ${opts.id}) < (${cursor.v}, ${cursor.id})`;
  }
  return {
    where: and(query.where, cursorWhere),
    orderBy: ascending ? [asc(column), asc(opts.id)] : [desc(column), desc(opts.id)],
    limit: query.limit + 1,
    select: { [KEYSET_VALUE]: sql<string>`${column}::text`, [KEYSET_ID]: sql<string>`${opts.id}::text` },
  };
}

function strip<R extends KeysetFields>(row: R): Omit<R, keyof KeysetFields> {
  const { [KEYSET_VALUE]: _v, [KEYSET_ID]: _id, ...rest } = row;
  return rest;
}

/** PostgreSQL "data exception" (class 22): a cursor value the column type refuses. */
function isDataException(e: unknown): boolean {
  for (let err: unknown = e, depth = 0; err && depth < 3; depth++) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('22')) return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs one page of any query (joins, extra tenant conditions...) with keyset pagination:
 *
 *   paginate(query, { id: customers.id }, (k) =>
 *     tx.select({ ...getTableColumns(customers), ...k.select }).from(customers)
 *       .where(and(eq(customers.status, 'active'), k.where)).orderBy(...k.orderBy).limit(k.limit))
 *
 * `run` may be called twice: reading backwards past the first row restarts at the first page so
 * that page 1 is always a full page.
 */
export async function paginate<R extends KeysetFields>(query: AnyListQuery, opts: { id: PgColumn }, run: (k: KeysetClauses) => Promise<R[]>): Promise<Page<Omit<R, keyof KeysetFields>>> {
  const cursor = query.cursor;
  const backwards = cursor?.d === 'prev';
  let rows: R[];
  try {
    rows = await run(keysetClauses(query, opts));
  } catch (e) {
    if (cursor && isDataException(e)) throw badCursor();
    throw e;
  }
  const hasMore = rows.length > query.limit;
  const pageRows = rows.slice(0, query.limit);

  if (backwards && !hasMore) {
    // Nothing before this page: it is the first page, so serve the real first page.
    return paginate({ ...query, cursor: null }, opts, run);
  }
  if (backwards) pageRows.reverse();

  const first = pageRows[0];
  const last = pageRows[pageRows.length - 1];
  const make = (v: string, id: string, d: 'next' | 'prev') => encodeCursor({ v, id, d, s: query.sort.value });

  let nextCursor: string | null;
  let prevCursor: string | null;
  if (backwards) {
    prevCursor = first ? make(first[KEYSET_VALUE], first[KEYSET_ID], 'prev') : null;
    nextCursor = last ? make(last[KEYSET_VALUE], last[KEYSET_ID], 'next') : null;
  } else {
    nextCursor = hasMore && last ? make(last[KEYSET_VALUE], last[KEYSET_ID], 'next') : null;
    // A page reached through a cursor has rows before it; the boundary row itself if the page came back empty.
    prevCursor = cursor ? (first ? make(first[KEYSET_VALUE], first[KEYSET_ID], 'prev') : make(cursor.v, cursor.id, 'prev')) : null;
  }
  return { items: pageRows.map(strip), pageInfo: { nextCursor, prevCursor, limit: query.limit } };
}

/** Runs one statement in a scope of its choosing (lib/context.ts platformReadTx/tenantReadTx: one round trip). */
export type ScopedReader = <R>(read: (tx: Tx) => PromiseLike<R>) => Promise<R>;

/**
 * One page of a single table: every column of `table`, the parsed filters/search/cursor, plus an
 * optional extra `where` (e.g. a tenant or parent condition the client cannot change). `db` is a
 * handle or transaction, or a ScopedReader that runs the page's one statement in its own scope.
 */
export async function keysetPage<TTable extends PgTable>(
  db: Db | Tx | ScopedReader,
  opts: { table: TTable; query: AnyListQuery; id?: PgColumn; where?: SQL },
): Promise<Page<InferSelectModel<TTable>>> {
  const columns = getTableColumns(opts.table) as Record<string, PgColumn>;
  const id = opts.id ?? columns.id;
  if (!id) throw new Error('keysetPage: the table has no `id` column; pass opts.id (a unique NOT NULL column)');
  const read: ScopedReader = typeof db === 'function' ? db : (fn) => Promise.resolve(fn(db as Tx));
  const page = await paginate(opts.query, { id }, async (k) => {
    const rows = await read((tx) =>
      tx
        .select({ ...columns, ...k.select })
        .from(opts.table as PgTable)
        .where(and(opts.where, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
    return rows as unknown as Array<InferSelectModel<TTable> & KeysetFields>;
  });
  return page as unknown as Page<InferSelectModel<TTable>>;
}
