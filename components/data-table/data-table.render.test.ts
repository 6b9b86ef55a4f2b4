import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createDataTableColumnHelper } from './columns';
import { DataTable, FixedColumnTable } from './data-table';
import { ApiError } from '@/lib/api-client';
import { readListState } from './list-state';
import type { ListController } from './use-list-query';

/**
 * Server-renders the tables with hand-built list controllers: the markup contract the e2e tests
 * and screen readers rely on (test ids, aria-sort, sort buttons only for allowed keys, row links,
 * states, footer).
 */
type Carrier = { id: string; name: string; balance: number; status: string };

const col = createDataTableColumnHelper<Carrier>();
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('balance', { header: 'Balance', meta: { align: 'right', sortDescFirst: true } }),
  col.accessor('status', { header: 'Status' }),
]);

const rows: Carrier[] = [
  { id: 'c1', name: 'Alpha', balance: 10, status: 'active' },
  { id: 'c2', name: 'Beta', balance: 20, status: 'paused' },
];

const noop = () => {};
function list(over: Partial<ListController<Carrier>> = {}, url = 'sort=-balance'): ListController<Carrier> {
  return {
    items: rows,
    pageInfo: { nextCursor: 'n', prevCursor: null, limit: 25 },
    state: readListState(new URLSearchParams(url), { filterKeys: ['status'] }),
    page: 1,
    isLoading: false,
    isFetching: false,
    isPlaceholderData: false,
    isError: false,
    error: null,
    refetch: async () => undefined,
    setSort: noop,
    setSearch: noop,
    setFilter: noop,
    setLimit: noop,
    nextPage: noop,
    prevPage: noop,
    reset: noop,
    ...over,
  };
}

const render = (el: Parameters<typeof renderToString>[0]) => renderToString(el);
const base = { columns, getRowId: (r: Carrier) => r.id, label: 'Carriers', sortable: ['name', 'balance'] as const };

describe('DataTable markup', () => {
  it('renders rows, sort buttons for allowed keys only, aria-sort on the sorted column, and the footer', () => {
    const html = render(h(DataTable<Carrier>, { ...base, list: list(), rowHref: (r) => `/carriers/${r.id}` }));
    expect(html).toContain('data-testid="data-table"');
    expect(html).toContain('data-testid="row-c1"');
    expect(html).toContain('data-testid="row-c2"');
    expect(html).toContain('data-testid="sort-name"');
    expect(html).toContain('data-testid="sort-balance"');
    expect(html).not.toContain('data-testid="sort-status"');
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>.*?sort-balance/);
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toContain('href="/carriers/c1"');
    expect(html).toContain('data-testid="row-link-c1"');
    expect(html).toContain('data-testid="page-size"');
    expect(html).toContain('data-testid="page-next"');
    expect(html).toMatch(/data-testid="page-prev"[^>]*disabled=""|disabled=""[^>]*data-testid="page-prev"/);
    expect(html).toContain('Showing 1\u20132');
    expect(html).toContain('aria-label="Carriers"');
  });

  it('shows skeleton rows while loading, without rows or empty state', () => {
    const html = render(h(DataTable<Carrier>, { ...base, list: list({ isLoading: true, isFetching: true, items: [], pageInfo: undefined }) }));
    expect(html.match(/data-testid="row-skeleton"/g)).toHaveLength(10);
    expect(html).not.toContain('data-testid="empty-state"');
    expect(html).toContain('aria-busy="true"');
  });

  it('shows the empty state with its action, or a reset when a search is active', () => {
    const empty = render(h(DataTable<Carrier>, { ...base, list: list({ items: [] }), empty: { title: 'No carriers yet', action: h('a', { href: '/new' }, 'Add carrier') } }));
    expect(empty).toContain('data-testid="empty-state"');
    expect(empty).toContain('No carriers yet');
    expect(empty).toContain('Add carrier');
    const searching = render(h(DataTable<Carrier>, { ...base, list: list({ items: [] }, 'q=zzz') }));
    expect(searching).toContain('No results match your search or filters');
    expect(searching).toContain('data-testid="reset-list"');
  });

  it('shows the error state with Retry', () => {
    const error = new ApiError(500, 'internal_error', 'Something went wrong on our side');
    const html = render(h(DataTable<Carrier>, { ...base, list: list({ items: [], isError: true, error, pageInfo: undefined }) }));
    expect(html).toContain('data-testid="error-state"');
    expect(html).toContain('data-testid="retry"');
    expect(html).toContain('Something went wrong on our side');
    expect(html).not.toContain('data-testid="reset-list"');
  });

  it('renders the toolbar with search, filters and refresh', () => {
    const html = render(
      h(DataTable<Carrier>, {
        ...base,
        list: list({ isFetching: true }, 'status=active&q=al'),
        toolbar: { filters: [{ key: 'status', label: 'Status', options: [{ value: 'active', label: 'Active' }] }], autoRefresh: { enabled: false, onEnabledChange: noop } },
      }),
    );
    expect(html).toContain('data-testid="table-search"');
    expect(html).toContain('value="al"');
    expect(html).toContain('data-testid="filter-status"');
    expect(html).toMatch(/data-testid="refresh"[^>]*data-fetching="true"|data-fetching="true"[^>]*data-testid="refresh"/);
    expect(html).toContain('animate-spin');
    expect(html).toContain('data-testid="auto-refresh"');
  });

  it('does not spin the refresh icon when only loading state or auto-refresh is on', () => {
    const html = render(h(DataTable<Carrier>, { ...base, list: list({ isFetching: false }), toolbar: { autoRefresh: { enabled: true, onEnabledChange: noop } } }));
    expect(html).toContain('data-fetching="false"');
    expect(html).not.toContain('animate-spin');
  });
});

describe('FixedColumnTable markup', () => {
  it('uses the dark header token, a sticky first column and zebra rows', () => {
    const html = render(h(FixedColumnTable<Carrier>, { ...base, list: list() }));
    expect(html).toContain('bg-table-header');
    expect(html).toContain('text-table-header-foreground');
    expect(html).toMatch(/<th[^>]*class="[^"]*sticky left-0/);
    expect(html).toMatch(/<td[^>]*class="[^"]*sticky left-0/);
    expect(html).toContain('even:bg-table-row-alt');
    expect(html).toContain('data-testid="row-c2"');
  });
});
