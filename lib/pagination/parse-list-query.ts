import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { ValidationError, type FieldProblem } from '@/lib/errors';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from '@/lib/validation';
import { decodeCursor, type CursorPayload } from './cursor';

/**
 * One list endpoint's allow-lists. Sort keys and filter keys are names the client may send; the
 * columns behind them are chosen here, so user input never reaches SQL as an identifier.
 */
export type FilterSpec = {
  column: PgColumn;
  /** The accepted values; anything else is a ValidationError naming the filter. */
  values?: readonly string[];
  /** For free-form values: validates (and may transform) the raw string, e.g. z.uuid(). */
  schema?: z.ZodType<unknown, string>;
};

export type ListQuerySpec<TSort extends string = string, TFilter extends string = string> = {
  /** Sort keys -> columns. Every column must be NOT NULL (keyset comparisons skip NULLs). */
  sortable: Record<TSort, PgColumn>;
  defaultSort: NoInfer<TSort> | `-${NoInfer<TSort>}`;
  filters?: Record<TFilter, FilterSpec>;
  /** Text columns matched by `q` with a case-insensitive "contains" (ILIKE, wildcards escaped). */
  searchColumns?: PgColumn[];
  defaultLimit?: number;
  maxLimit?: number;
};

export type ListQuery<TSort extends string = string, TFilter extends string = string> = {
  limit: number;
  sort: { key: TSort; direction: 'asc' | 'desc'; column: PgColumn; /** as sent: 'name' or '-name' */ value: string };
  cursor: CursorPayload | null;
  q: string | null;
  filters: Partial<Record<TFilter, unknown>>;
  /** Filters and search combined, ready for `where`; undefined when there are none. */
  where: SQL | undefined;
};

/** Identity function that keeps the literal key types of a spec (for autocompletion). */
export function defineListSpec<TSort extends string, TFilter extends string = never>(spec: ListQuerySpec<TSort, TFilter>): ListQuerySpec<TSort, TFilter> {
  return spec;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
const MAX_Q_LENGTH = 200;
const MAX_FILTER_LENGTH = 200;

/** Escapes LIKE wildcards so that a search for "50%" or "a_b" matches those characters literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function parseSort<TSort extends string>(raw: string, sortable: Record<TSort, PgColumn>): { key: TSort; direction: 'asc' | 'desc' } | null {
  const direction = raw.startsWith('-') ? 'desc' : 'asc';
  const key = direction === 'desc' ? raw.slice(1) : raw;
  return Object.hasOwn(sortable, key) ? { key: key as TSort, direction } : null;
}

const limitSchema = z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' });

/**
 * Parses `limit`, `cursor`, `sort`, `q` and the spec's filters from a request's search params.
 * Unknown parameters are ignored (pages carry their own, like `tab`); a bad value of a known one
 * is a ValidationError whose problem path is the parameter's name. `limit` above maxLimit is
 * clamped to maxLimit rather than refused, so a client asking for too much still gets a page.
 */
export function parseListQuery<TSort extends string, TFilter extends string = never>(
  searchParams: URLSearchParams,
  spec: ListQuerySpec<TSort, TFilter>,
): ListQuery<TSort, TFilter> {
  const maxLimit = spec.maxLimit ?? MAX_LIMIT;
  const defaultLimit = Math.min(spec.defaultLimit ?? DEFAULT_LIMIT, maxLimit);
  const problems: FieldProblem[] = [];

  for (const [key, column] of Object.entries(spec.sortable) as Array<[string, PgColumn]>) {
    // A programming error in the spec, not a client error: fail loudly in every environment.
    if (!column.notNull) throw new Error(`parseListQuery: sortable column "${key}" (${column.name}) must be NOT NULL`);
  }

  let limit = defaultLimit;
  const rawLimit = searchParams.get('limit');
  if (rawLimit !== null && rawLimit !== '') {
    const parsed = limitSchema.safeParse(rawLimit);
    if (parsed.success) limit = Math.min(parsed.data, maxLimit);
    else problems.push({ path: 'limit', message: parsed.error.issues[0]?.message ?? 'invalid' });
  }

  const rawSort = searchParams.get('sort') || spec.defaultSort;
  let sort = parseSort(rawSort, spec.sortable);
  if (!sort) {
    const allowed = Object.keys(spec.sortable).flatMap((k) => [k, `-${k}`]);
    problems.push({ path: 'sort', message: `unknown sort "${rawSort.slice(0, 50)}"; allowed: ${allowed.join(', ')}` });
    sort = parseSort(spec.defaultSort, spec.sortable);
    if (!sort) throw new Error(`parseListQuery: defaultSort "${spec.defaultSort}" is not a sortable key`);
  }
  const sortValue = `${sort.direction === 'desc' ? '-' : ''}${sort.key}`;

  let q: string | null = null;
  const rawQ = searchParams.get('q');
  if (rawQ !== null) {
    const trimmed = rawQ.trim();
    // A search term is one line: NUL would fail the query (a 500), and no single-line field holds the others.
    if (hasControlCharacters(rawQ)) problems.push({ path: 'q', message: CONTROL_CHARACTER_MESSAGE });
    else if (trimmed.length > MAX_Q_LENGTH) problems.push({ path: 'q', message: `must be at most ${MAX_Q_LENGTH} characters` });
    else if (trimmed.length > 0) q = trimmed;
  }

  const filters: Partial<Record<TFilter, unknown>> = {};
  const conditions: SQL[] = [];
  for (const [key, filter] of Object.entries(spec.filters ?? {}) as Array<[TFilter, FilterSpec]>) {
    const raw = searchParams.get(key);
    if (raw === null || raw === '') continue;
    if (raw.length > MAX_FILTER_LENGTH) {
      problems.push({ path: key, message: `must be at most ${MAX_FILTER_LENGTH} characters` });
      continue;
    }
    if (hasControlCharacters(raw)) {
      problems.push({ path: key, message: CONTROL_CHARACTER_MESSAGE });
      continue;
    }
    if (filter.values && !filter.values.includes(raw)) {
      problems.push({ path: key, message: `unknown value "${raw.slice(0, 50)}"; allowed: ${filter.values.join(', ')}` });
      continue;
    }
    let value: unknown = raw;
    if (filter.schema) {
      const parsed = filter.schema.safeParse(raw);
      if (!parsed.success) {
        problems.push({ path: key, message: parsed.error.issues[0]?.message ?? 'invalid value' });
        continue;
      }
      value = parsed.data;
    }
    filters[key] = value;
    conditions.push(eq(filter.column, value));
  }

  if (q && spec.searchColumns?.length) {
    const pattern = `%${escapeLike(q)}%`;
    const anyMatch = or(...spec.searchColumns.map((c) => ilike(c, pattern)));
    if (anyMatch) conditions.push(anyMatch);
  }

  let cursor: CursorPayload | null = null;
  const rawCursor = searchParams.get('cursor');
  if (rawCursor !== null && rawCursor !== '') {
    try {
      cursor = decodeCursor(rawCursor);
      if (cursor.s !== sortValue) {
        problems.push({ path: 'cursor', message: 'the cursor belongs to another sort order; start from the first page' });
        cursor = null;
      }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      problems.push(...e.problems);
    }
  }

  if (problems.length) throw new ValidationError(problems);

  return {
    limit,
    sort: { key: sort.key, direction: sort.direction, column: spec.sortable[sort.key], value: sortValue },
    cursor,
    q,
    filters,
    where: conditions.length ? and(...conditions) : undefined,
  };
}
