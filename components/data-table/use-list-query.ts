'use client';

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { fetchList, type ListResponse, type PageInfo } from './fetch-list';
import { applyListPatch, readListState, toEndpointParams, type ListDefaults, type ListPatch, type ListState } from './list-state';

export type UseListQueryOptions = {
  /** Prefix of the TanStack Query key, e.g. ['customers']; invalidating it refreshes every page. */
  queryKey: readonly unknown[];
  /** The list endpoint, e.g. '/api/admin/customers' (contract in DESIGN_SYSTEM.md). */
  endpoint: string;
  defaults?: ListDefaults;
  /** The filter parameters this list reads from the URL (same keys as the toolbar's filters). */
  filterKeys?: readonly string[];
  /** Namespaces the URL parameters when a page has several lists. */
  paramPrefix?: string;
  /** Polling interval from useAutoRefresh(); false (default) for none. */
  refetchInterval?: number | false;
  enabled?: boolean;
};

/**
 * Everything a table needs from its list; DataTable, FixedColumnTable, DataTableToolbar and
 * DataTableFooter take it as `list`. Build one by hand for lists that do not live in the URL.
 */
export type ListController<T> = {
  items: T[];
  pageInfo: PageInfo | undefined;
  state: ListState;
  /** The page number to display (1 once the server says there is nothing before). */
  page: number;
  /** No data yet (first load): show skeletons. */
  isLoading: boolean;
  /** Any request in flight, including background refetches: spin the refresh icon. */
  isFetching: boolean;
  /** The rows shown belong to the previous parameters while the new page loads. */
  isPlaceholderData: boolean;
  isError: boolean;
  error: ApiError | null;
  refetch: () => Promise<unknown>;
  setSort: (sort: string | null) => void;
  setSearch: (q: string) => void;
  setFilter: (key: string, value: string | null) => void;
  setLimit: (limit: number) => void;
  nextPage: () => void;
  prevPage: () => void;
  /** Back to the defaults: no search, no filters, default sort, first page. */
  reset: () => void;
};

const EMPTY: never[] = [];

function toListError(e: unknown): ApiError | null {
  if (!e) return null;
  if (e instanceof ApiError) return e;
  return new ApiError(0, 'client_error', e instanceof Error ? e.message : 'Something went wrong');
}

/**
 * A server-paginated list whose state lives in the URL search params (history.replaceState, which
 * Next's useSearchParams follows without a server round trip or scroll): reload, back/forward and
 * shared links keep page size, sort, search, filters and page.
 * Changing any of them goes back to the first page. The previous page stays on screen while the
 * next one loads (keepPreviousData). Client errors (4xx) are not retried.
 */
export function useListQuery<T>(options: UseListQueryOptions): ListController<T> & { query: UseQueryResult<ListResponse<T>, Error> } {
  const { queryKey, endpoint, defaults, filterKeys, paramPrefix, refetchInterval = false, enabled = true } = options;
  const searchParams = useSearchParams();

  const defaultLimit = defaults?.limit;
  const defaultSort = defaults?.sort;
  const filterKeyList = (filterKeys ?? []).join('\u0000');
  const stateOpts = useMemo(
    () => ({ defaults: { limit: defaultLimit, sort: defaultSort }, filterKeys: filterKeyList ? filterKeyList.split('\u0000') : [], prefix: paramPrefix }),
    [defaultLimit, defaultSort, filterKeyList, paramPrefix],
  );
  const state = useMemo(() => readListState(searchParams, stateOpts), [searchParams, stateOpts]);
  const params = toEndpointParams(state).toString();

  const query = useQuery<ListResponse<T>, Error>({
    queryKey: [...queryKey, { endpoint, params }],
    queryFn: ({ signal }) => fetchList<T>(endpoint, state, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
    enabled,
    retry: (count, error) => !(error instanceof ApiError && error.isClientError) && count < 1,
  });

  const update = useCallback(
    (patch: ListPatch) => {
      // Read the live URL, not the render-time snapshot: two quick updates must not undo each other.
      const qs = applyListPatch(new URLSearchParams(window.location.search), patch, stateOpts).toString();
      // Next's shallow update: useSearchParams follows it, but unlike router.replace it neither
      // refetches the page's server components nor scrolls. The browser's own pathname is kept
      // (usePathname() could be the proxy's rewritten one on a portal host).
      window.history.replaceState(null, '', `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`);
    },
    [stateOpts],
  );

  const pageInfo = query.data?.pageInfo;
  const page = pageInfo && !query.isPlaceholderData && pageInfo.prevCursor === null ? 1 : state.page;

  return {
    query,
    items: query.data?.items ?? EMPTY,
    pageInfo,
    state,
    page,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    isPlaceholderData: query.isPlaceholderData,
    isError: query.isError,
    error: toListError(query.error),
    refetch: query.refetch,
    setSort: (sort) => update({ sort }),
    setSearch: (q) => {
      if (q.trim() !== state.q.trim()) update({ q });
    },
    setFilter: (key, value) => update({ filters: { [key]: value } }),
    setLimit: (limit) => update({ limit }),
    nextPage: () => {
      if (pageInfo?.nextCursor) update({ cursor: pageInfo.nextCursor, page: page + 1 });
    },
    prevPage: () => {
      if (!pageInfo?.prevCursor) return;
      // Page 1 is fetched without a cursor: a clean URL and, usually, a cache hit.
      if (page <= 2) update({ cursor: null });
      else update({ cursor: pageInfo.prevCursor, page: page - 1 });
    },
    reset: () => update({ q: '', sort: defaultSort ?? null, filters: Object.fromEntries(Object.keys(state.filters).map((k) => [k, null])), cursor: null }),
  };
}
