'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import {
  AutoRefreshToggle,
  DataTable,
  DataTableFooter,
  DataTableToolbar,
  DebouncedSearchInput,
  FixedColumnTable,
  RefreshButton,
  createDataTableColumnHelper,
  useAutoRefresh,
  type DataTableFilter,
  type ListController,
} from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { LibraryEntry } from '../types';
import { useStaticList } from '../static-list';

type DemoCustomer = { id: string; name: string; country: string; status: 'active' | 'suspended'; balance: number; channels: number; calls: number; asr: number };

const names = ['Acme Voice', 'Nordic Telecom', 'Blue Harbour', 'Cobalt Calls', 'Delta Dial', 'Echo Lines', 'Fjord Phone', 'Granite Net', 'Helios SIP', 'Iris Connect', 'Juniper Talk', 'Kestrel Tel'];
const countries = ['GB', 'DE', 'US', 'NO', 'FR', 'NL'];

/** 36 deterministic demo rows (no randomness: server and client render the same). */
const demoRows: DemoCustomer[] = Array.from({ length: 36 }, (_, i) => ({
  id: `demo-${String(i + 1).padStart(2, '0')}`,
  name: `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`,
  country: countries[i % countries.length]!,
  status: i % 5 === 3 ? 'suspended' : 'active',
  balance: ((i * 7919) % 500_000) - 40_000,
  channels: 10 + ((i * 13) % 90),
  calls: (i * 3571) % 20_000,
  asr: 40 + ((i * 17) % 55),
}));

const money = (cents: number) => (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

const col = createDataTableColumnHelper<DemoCustomer>();
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('country', { header: 'Country' }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <Badge variant={c.getValue() === 'active' ? 'success' : 'warning'}>{c.getValue() === 'active' ? 'Active' : 'Suspended'}</Badge>,
  }),
  col.accessor('balance', { header: 'Balance', cell: (c) => money(c.getValue()), meta: { align: 'right', sortDescFirst: true } }),
]);
const wideColumns = col.columns([
  col.accessor('name', { header: 'Customer' }),
  col.accessor('country', { header: 'Country' }),
  col.accessor('status', { header: 'Status', cell: (c) => (c.getValue() === 'active' ? 'Active' : 'Suspended') }),
  col.accessor('channels', { header: 'Channels', meta: { align: 'right' } }),
  col.accessor('calls', { header: 'Calls (24 h)', cell: (c) => c.getValue().toLocaleString('en-US'), meta: { align: 'right', sortDescFirst: true } }),
  col.accessor('asr', { header: 'ASR', cell: (c) => `${c.getValue()}%`, meta: { align: 'right' } }),
  col.accessor('balance', { header: 'Balance', cell: (c) => money(c.getValue()), meta: { align: 'right', sortDescFirst: true } }),
]);
const filters: DataTableFilter[] = [
  {
    key: 'status',
    label: 'Status',
    options: [
      { value: 'active', label: 'Active' },
      { value: 'suspended', label: 'Suspended' },
    ],
  },
];
const searchKeys = ['name', 'country'] as const;

export const dataTableEntries: LibraryEntry[] = [
  {
    id: 'data-table',
    name: 'DataTable',
    file: 'components/data-table/data-table.tsx',
    exports: ['DataTable'],
    variants: [
      { prop: 'toolbar', values: ['none', 'search', 'filters', 'refresh', 'autoRefresh', 'actions'] },
      { prop: 'rowHref', values: ['none', 'a real link per row'] },
      { prop: 'states', values: ['loading (skeleton rows)', 'empty', 'no match (reset-list)', 'error (retry)', 'stale error banner'] },
    ],
    whenToUse:
      'Every list of records: server-side keyset paging, sort and search from the URL (useListQuery), all states, the footer. The preview pages 36 static rows in memory; a real list passes useListQuery(...). See DESIGN_SYSTEM.md section 5.',
    code: `import { DataTable, createDataTableColumnHelper, useListQuery } from '@/components/data-table';

const col = createDataTableColumnHelper<CustomerView>();
const columns = col.columns([                        // module scope: stable
  col.accessor('name', { header: 'Name' }),
  col.accessor('balance', { header: 'Balance', meta: { align: 'right', sortDescFirst: true } }),
]);

export function CustomersTable() {                  // render inside <Suspense>
  const list = useListQuery<CustomerView>({ queryKey: customerKeys.all, endpoint: customerUrls.list, defaults: { sort: '-createdAt' }, filterKeys: ['status'] });
  return (
    <DataTable
      label="Customers" columns={columns} list={list} getRowId={(r) => r.id}
      sortable={['name', 'balance']} rowHref={(r) => \`/customers/\${r.id}\`}
      toolbar={{ search: { placeholder: 'Search customers' }, filters, actions: <Button>Add customer</Button> }}
      empty={{ title: 'No customers yet', action: <Button>Add customer</Button> }}
    />
  );
}`,
    Preview: function DataTablePreview() {
      const list = useStaticList(demoRows, { searchKeys, defaultSort: 'name', limit: 10 });
      return (
        <DataTable
          label="Example customers"
          columns={columns}
          list={list}
          getRowId={(r) => r.id}
          sortable={['name', 'country', 'balance']}
          toolbar={{
            search: { placeholder: 'Search example customers' },
            filters,
            actions: (
              <Button type="button" size="sm" onClick={() => toast('Add customer (example only)')} data-testid="complib-data-table-add">
                Add customer
              </Button>
            ),
          }}
          data-testid="complib-data-table"
        />
      );
    },
  },
  {
    id: 'fixed-column-table',
    name: 'FixedColumnTable',
    file: 'components/data-table/data-table.tsx',
    exports: ['FixedColumnTable'],
    variants: [{ prop: 'props', values: ['same as DataTable'] }],
    whenToUse: 'Wide, data-dense lists (carriers, balances, traffic): horizontal scroll with a sticky first column, the dark #3d4f5f header and opaque zebra rows.',
    code: `import { FixedColumnTable } from '@/components/data-table';

<FixedColumnTable label="Carriers" columns={wideColumns} list={list} getRowId={(r) => r.id} sortable={['name', 'calls']} />`,
    Preview: function FixedColumnTablePreview() {
      const list = useStaticList(demoRows, { searchKeys, defaultSort: '-calls', limit: 10 });
      return (
        <div className="max-w-xl">
          <FixedColumnTable label="Example carrier traffic" columns={wideColumns} list={list} getRowId={(r) => r.id} sortable={['name', 'calls', 'balance']} data-testid="complib-fixed-table" />
        </div>
      );
    },
  },
  {
    id: 'data-table-toolbar',
    name: 'DataTableToolbar',
    file: 'components/data-table/data-table-toolbar.tsx',
    exports: ['DataTableToolbar'],
    variants: [
      { prop: 'search', values: ['{ placeholder, label }', 'false'] },
      { prop: 'filters', values: ['DataTableFilter[] (select per key)'] },
      { prop: 'refresh / autoRefresh / actions', values: ['shown on the right'] },
    ],
    whenToUse: 'Above a table (DataTable renders it from its `toolbar` prop); use it directly only when the table and the toolbar are apart. All state goes through the list.',
    code: `import { DataTableToolbar, useAutoRefresh } from '@/components/data-table';

const auto = useAutoRefresh();
<DataTableToolbar list={list} search={{ placeholder: 'Search calls' }} filters={filters} autoRefresh={auto} actions={<Button size="sm">Export</Button>} />`,
    Preview: function DataTableToolbarPreview() {
      const list = useStaticList(demoRows, { searchKeys, limit: 5 });
      const auto = useAutoRefresh();
      return (
        <div className="grid gap-2">
          <DataTableToolbar list={list as ListController<unknown>} search={{ placeholder: 'Search example customers' }} filters={filters} autoRefresh={auto} />
          <p className="text-sm text-muted-foreground" role="status">
            {list.state.q || list.state.filters.status ? `Matching rows on this page: ${list.items.map((r) => r.name).join(', ') || 'none'}` : 'Type or pick a status: the list would reload.'}
          </p>
        </div>
      );
    },
  },
  {
    id: 'debounced-search-input',
    name: 'DebouncedSearchInput',
    file: 'components/data-table/data-table-toolbar.tsx',
    exports: ['DebouncedSearchInput'],
    variants: [{ prop: 'behaviour', values: ['reports 300 ms after the last keystroke', 'Enter reports at once', 'keeps text typed before hydration'] }],
    whenToUse: 'A search box outside a table toolbar (the header\'s page search). It follows its value when that changes elsewhere (back button, reset) without eating what is being typed.',
    code: `import { DebouncedSearchInput } from '@/components/data-table';

<DebouncedSearchInput value={q} onChange={setQ} label="Search numbers" placeholder="Search numbers" data-testid="did-search" />`,
    Preview: function DebouncedSearchInputPreview() {
      const [value, setValue] = useState('');
      return (
        <div className="grid gap-2">
          <DebouncedSearchInput value={value} onChange={setValue} label="Example search" placeholder="Type, then wait 300 ms" data-testid="complib-search" />
          <p className="text-sm text-muted-foreground" role="status" data-testid="complib-search-value">
            Searching for: {value ? `"${value}"` : 'nothing yet'}
          </p>
        </div>
      );
    },
  },
  {
    id: 'data-table-footer',
    name: 'DataTableFooter',
    file: 'components/data-table/data-table-footer.tsx',
    exports: ['DataTableFooter'],
    variants: [
      { prop: 'source', values: ['{ list }', 'explicit { limit, page, itemCount, hasPrev, hasNext, ... }'] },
      { prop: 'pageSizes', values: ['10/25/50/100 (default)', 'custom'] },
    ],
    whenToUse: 'The pagination bar under every table (DataTable shows it). Use it directly for a list that is not a DataTable, e.g. cards.',
    code: `import { DataTableFooter } from '@/components/data-table';

<DataTableFooter list={list} />
<DataTableFooter limit={limit} onLimitChange={setLimit} page={page} itemCount={items.length} hasPrev={page > 1} hasNext={more} onPrev={prev} onNext={next} />`,
    Preview: function DataTableFooterPreview() {
      const [limit, setLimit] = useState(10);
      const [page, setPage] = useState(1);
      const total = 42;
      const pages = Math.ceil(total / limit);
      return (
        <DataTableFooter
          limit={limit}
          onLimitChange={(n) => {
            setLimit(n);
            setPage(1);
          }}
          page={page}
          itemCount={Math.min(limit, total - (page - 1) * limit)}
          hasPrev={page > 1}
          hasNext={page < pages}
          onPrev={() => setPage((p) => p - 1)}
          onNext={() => setPage((p) => p + 1)}
        />
      );
    },
  },
  {
    id: 'refresh-button',
    name: 'RefreshButton',
    file: 'components/data-table/refresh-button.tsx',
    exports: ['RefreshButton'],
    variants: [
      { prop: 'source', values: ['onRefresh + isFetching', 'queries (several)'] },
      { prop: 'data-fetching', values: ['"false"', '"true" (icon spins)'] },
    ],
    whenToUse: 'Refetches a page\'s queries; the icon spins exactly while a request is in flight, never from isLoading alone or because auto-refresh is on.',
    code: `import { RefreshButton } from '@/components/data-table';

<RefreshButton onRefresh={query.refetch} isFetching={query.isFetching} />
<RefreshButton queries={[balances, alerts]} />`,
    Preview: function RefreshButtonPreview() {
      const [fetching, setFetching] = useState(false);
      const [count, setCount] = useState(0);
      return (
        <div className="flex items-center gap-3">
          <RefreshButton
            isFetching={fetching}
            label="Refresh example"
            onRefresh={() => {
              setFetching(true);
              setTimeout(() => {
                setFetching(false);
                setCount((c) => c + 1);
              }, 1200);
            }}
            data-testid="complib-refresh"
          />
          <span className="text-sm text-muted-foreground" role="status">
            {fetching ? 'Fetching…' : `Refreshed ${count} time${count === 1 ? '' : 's'}`}
          </span>
        </div>
      );
    },
  },
  {
    id: 'auto-refresh-toggle',
    name: 'AutoRefreshToggle',
    file: 'components/data-table/refresh-button.tsx',
    exports: ['AutoRefreshToggle'],
    variants: [{ prop: 'intervalMs', values: ['30000 (default)', 'any'] }],
    whenToUse: 'The explicit, off-by-default polling switch of monitoring views: pass useAutoRefresh()\'s result, and its refetchInterval to the query.',
    code: `import { AutoRefreshToggle, useAutoRefresh } from '@/components/data-table';

const auto = useAutoRefresh();
const list = useListQuery({ ..., refetchInterval: auto.refetchInterval });
<AutoRefreshToggle {...auto} />`,
    Preview: function AutoRefreshTogglePreview() {
      const auto = useAutoRefresh(10_000);
      return (
        <div className="flex items-center gap-3">
          <AutoRefreshToggle enabled={auto.enabled} onEnabledChange={auto.onEnabledChange} intervalMs={auto.intervalMs} data-testid="complib-auto-refresh" />
          <span className="text-sm text-muted-foreground">refetchInterval: {String(auto.refetchInterval)}</span>
        </div>
      );
    },
  },
];
