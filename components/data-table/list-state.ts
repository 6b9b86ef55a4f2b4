/**
 * The list state of a table (page size, sort, search, filters, cursor) as it lives in the page's
 * URL, so that a reload, a shared link or the back button restores it. Pure functions, no React.
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type ListState = {
  limit: number;
  /** '-createdAt' style; null when neither the URL nor the defaults name one (the server decides). */
  sort: string | null;
  /** '' when not searching. */
  q: string;
  cursor: string | null;
  /** 1-based page number, for display only: the server pages by cursor. */
  page: number;
  /** Only the filters that are set. */
  filters: Record<string, string>;
};

export type ListDefaults = {
  limit?: number;
  /** Must match the endpoint's defaultSort so that headers show the real order. */
  sort?: string;
};

export type ListStateOptions = {
  defaults?: ListDefaults;
  /** URL parameters that are filters of this list (others, like `tab`, are left alone). */
  filterKeys?: readonly string[];
  /** Namespaces the URL parameters when a page shows more than one list (`calls.` -> `calls.sort`). */
  prefix?: string;
};

export type ListPatch = {
  limit?: number;
  sort?: string | null;
  q?: string;
  filters?: Record<string, string | null>;
  cursor?: string | null;
  page?: number;
};

type ReadableParams = { get(name: string): string | null };

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

export function readListState(params: ReadableParams, opts: ListStateOptions = {}): ListState {
  const p = opts.prefix ?? '';
  const defaultLimit = opts.defaults?.limit ?? DEFAULT_PAGE_SIZE;
  const limit = Math.min(positiveInt(params.get(`${p}limit`)) ?? defaultLimit, MAX_PAGE_SIZE);
  const cursor = params.get(`${p}cursor`) || null;
  const filters: Record<string, string> = {};
  for (const key of opts.filterKeys ?? []) {
    const v = params.get(`${p}${key}`);
    if (v) filters[key] = v;
  }
  return {
    limit,
    sort: params.get(`${p}sort`) || opts.defaults?.sort || null,
    q: params.get(`${p}q`) ?? '',
    cursor,
    page: cursor ? (positiveInt(params.get(`${p}page`)) ?? 1) : 1,
    filters,
  };
}

/**
 * Applies a change to the URL parameters. Changing the page size, sort, search or a filter goes
 * back to the first page (the old cursor belongs to another result set). Values equal to their
 * default are removed so that URLs stay short.
 */
export function applyListPatch(current: ReadableParams & Iterable<[string, string]>, patch: ListPatch, opts: ListStateOptions = {}): URLSearchParams {
  const p = opts.prefix ?? '';
  const next = new URLSearchParams([...current]);
  const set = (key: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') next.delete(`${p}${key}`);
    else next.set(`${p}${key}`, value);
  };
  const resets = patch.limit !== undefined || patch.sort !== undefined || patch.q !== undefined || patch.filters !== undefined;
  if (patch.limit !== undefined) set('limit', patch.limit === (opts.defaults?.limit ?? DEFAULT_PAGE_SIZE) ? null : String(patch.limit));
  if (patch.sort !== undefined) set('sort', patch.sort === (opts.defaults?.sort ?? null) ? null : patch.sort);
  if (patch.q !== undefined) set('q', patch.q.trim());
  for (const [key, value] of Object.entries(patch.filters ?? {})) set(key, value);
  if (resets) {
    set('cursor', null);
    set('page', null);
  }
  if (patch.cursor !== undefined) {
    set('cursor', patch.cursor);
    set('page', patch.cursor && patch.page && patch.page > 1 ? String(patch.page) : null);
  }
  return next;
}

/** The query string for the list endpoint (contract in DESIGN_SYSTEM.md), keys in a stable order. */
export function toEndpointParams(state: ListState): URLSearchParams {
  const out = new URLSearchParams();
  out.set('limit', String(state.limit));
  if (state.sort) out.set('sort', state.sort);
  if (state.q.trim()) out.set('q', state.q.trim());
  if (state.cursor) out.set('cursor', state.cursor);
  for (const key of Object.keys(state.filters).sort()) out.set(key, state.filters[key]!);
  return out;
}

export type SortState = { key: string; direction: 'asc' | 'desc' };

export function parseSort(sort: string | null): SortState | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), direction: 'desc' } : { key: sort, direction: 'asc' };
}

/** The sort after clicking a header: the same key flips direction, a new key starts ascending (or descending if asked). */
export function nextSort(current: string | null, key: string, descFirst = false): string {
  const s = parseSort(current);
  if (s && s.key === key) return s.direction === 'asc' ? `-${key}` : key;
  return descFirst ? `-${key}` : key;
}

/** "Showing 26–50" for page 2 of 25 with 25 rows; "No results" for an empty page. */
export function rangeText(page: number, limit: number, count: number): string {
  if (count <= 0) return 'No results';
  const start = (page - 1) * limit + 1;
  return `Showing ${start}\u2013${start + count - 1}`;
}
