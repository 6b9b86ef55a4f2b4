'use client';

import { useMemo, useState } from 'react';
import type { ListController } from '@/components/data-table';
import { DEFAULT_PAGE_SIZE, parseSort } from '@/components/data-table';

type Row = Record<string, unknown> & { id: string };

/**
 * A ListController over rows held in memory, for the library's previews: search, filters, sort and
 * paging work like a real list, but nothing touches the URL or the network (the page shows several
 * tables, and a demo must not rewrite the address bar). Real lists use useListQuery.
 */
export function useStaticList<T extends Row>(rows: readonly T[], options: { searchKeys: readonly (keyof T)[]; defaultSort?: string; limit?: number }): ListController<T> {
  const defaultLimit = options.limit ?? DEFAULT_PAGE_SIZE;
  const [q, setQ] = useState('');
  const [sort, setSortState] = useState<string | null>(options.defaultSort ?? null);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [limit, setLimitState] = useState(defaultLimit);
  const [page, setPage] = useState(1);
  const { searchKeys } = options;

  const matching = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const parsed = parseSort(sort);
    const out = rows.filter(
      (r) =>
        (!needle || searchKeys.some((k) => String(r[k]).toLowerCase().includes(needle))) &&
        Object.entries(filters).every(([k, v]) => String(r[k]) === v),
    );
    if (parsed) {
      const dir = parsed.direction === 'asc' ? 1 : -1;
      out.sort((a, b) => {
        const x = a[parsed.key];
        const y = b[parsed.key];
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return c * dir || a.id.localeCompare(b.id);
      });
    }
    return out;
  }, [rows, q, sort, filters, searchKeys]);

  const pages = Math.max(1, Math.ceil(matching.length / limit));
  const current = Math.min(page, pages);
  const items = matching.slice((current - 1) * limit, current * limit);
  const first = () => setPage(1);

  return {
    items,
    pageInfo: { prevCursor: current > 1 ? String(current - 1) : null, nextCursor: current < pages ? String(current + 1) : null, limit },
    state: { limit, sort, q, cursor: current > 1 ? String(current) : null, page: current, filters },
    page: current,
    isLoading: false,
    isFetching: false,
    isPlaceholderData: false,
    isError: false,
    error: null,
    refetch: async () => undefined,
    setSort: (s) => {
      setSortState(s);
      first();
    },
    setSearch: (text) => {
      setQ(text);
      first();
    },
    setFilter: (key, value) => {
      setFilters(({ [key]: _old, ...rest }) => (value === null ? rest : { ...rest, [key]: value }));
      first();
    },
    setLimit: (n) => {
      setLimitState(n);
      first();
    },
    nextPage: () => setPage(Math.min(pages, current + 1)),
    prevPage: () => setPage(Math.max(1, current - 1)),
    reset: () => {
      setQ('');
      setSortState(options.defaultSort ?? null);
      setFilters({});
      first();
    },
  };
}
