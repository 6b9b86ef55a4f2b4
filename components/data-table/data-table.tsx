'use client';

import * as React from 'react';
import Link from 'next/link';
import { useTable, type Header, type RowData } from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/utils';
import { dataTableFeatures, type DataTableColumn, type DataTableFeatures } from './columns';
import { DataTableFooter } from './data-table-footer';
import { DataTableToolbar, type DataTableToolbarProps } from './data-table-toolbar';
import { nextSort, parseSort } from './list-state';
import type { ListController } from './use-list-query';

export type DataTableEmpty = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** E.g. a Button to create the first item. */
  action?: React.ReactNode;
};

export type DataTableProps<T extends RowData> = {
  /** Columns from createDataTableColumnHelper<T>(); keep the array stable (module scope or useMemo). */
  columns: readonly DataTableColumn<T>[];
  /** From useListQuery(), or any ListController. */
  list: ListController<T>;
  /** The row's unique id: used for React keys, `row-<id>` test ids and links. */
  getRowId: (row: T) => string;
  /** Accessible name of the table and of its scroll region, e.g. "Customers". */
  label: string;
  /**
   * Sort keys the endpoint allows (its `sortable` keys). Only columns whose id (or meta.sortKey)
   * is listed get a sort button.
   */
  sortable?: readonly string[];
  /** Makes each row a link to its detail page (a real <a> in the first cell, stretched over the row). */
  rowHref?: (row: T) => string | undefined;
  /** Shown when the list is empty and no search/filter is active. */
  empty?: DataTableEmpty;
  /** Toolbar above the table; omit for none. */
  toolbar?: Omit<DataTableToolbarProps, 'list'>;
  /** The DataTableFooter pagination bar (default true: every list has it). */
  footer?: boolean;
  /** Skeleton rows while the first page loads (default: min(limit, 10)). */
  skeletonRows?: number;
  className?: string;
  /** On the <table>; default `data-table`. */
  'data-testid'?: string;
};

type Variant = 'standard' | 'fixed';

function alignClass(align: 'left' | 'center' | 'right' | undefined): string | undefined {
  return align === 'right' ? 'text-right' : align === 'center' ? 'text-center' : undefined;
}

function SortableHeader<T extends RowData>({
  header,
  table,
  sortKey,
  sort,
  onSort,
  variant,
}: {
  header: Header<DataTableFeatures, T, unknown>;
  table: { FlexRender: (props: { header: Header<DataTableFeatures, T, unknown> }) => React.ReactNode };
  sortKey: string;
  sort: { key: string; direction: 'asc' | 'desc' } | null;
  onSort: (key: string, descFirst: boolean) => void;
  variant: Variant;
}) {
  const meta = header.column.columnDef.meta;
  const active = sort?.key === sortKey ? sort.direction : null;
  const Icon = active === 'asc' ? ArrowUp : active === 'desc' ? ArrowDown : ChevronsUpDown;
  return (
    <button
      type="button"
      data-testid={`sort-${sortKey}`}
      onClick={() => onSort(sortKey, !!meta?.sortDescFirst)}
      className={cn(
        '-mx-1.5 inline-flex h-7 items-center gap-1 rounded-sm px-1.5 font-medium outline-none focus-visible:ring-[3px]',
        variant === 'fixed' ? 'hover:bg-white/10 focus-visible:ring-white/60' : 'hover:bg-accent hover:text-accent-foreground focus-visible:ring-ring/50',
        meta?.align === 'right' && 'flex-row-reverse',
      )}
    >
      <table.FlexRender header={header} />
      <Icon className={cn('size-3.5 shrink-0', !active && 'opacity-60')} aria-hidden />
    </button>
  );
}

function TableView<T extends RowData>({
  variant,
  columns,
  list,
  getRowId,
  label,
  sortable = [],
  rowHref,
  empty,
  toolbar,
  footer = true,
  skeletonRows,
  className,
  'data-testid': testId = 'data-table',
}: DataTableProps<T> & { variant: Variant }) {
  const rowId = React.useCallback((row: T) => getRowId(row), [getRowId]);
  const table = useTable({ features: dataTableFeatures, columns: columns as DataTableColumn<T>[], data: list.items, getRowId: rowId });
  const headerGroups = table.getHeaderGroups();
  const leafCount = Math.max(1, table.getAllLeafColumns().length);
  const sort = parseSort(list.state.sort);
  const filtering = list.state.q.trim() !== '' || Object.keys(list.state.filters).length > 0;
  const fixed = variant === 'fixed';

  const stickyCell = fixed ? 'sticky left-0 z-10 bg-inherit shadow-[inset_-1px_0_0_var(--border)]' : undefined;

  let body: React.ReactNode;
  if (list.isLoading) {
    const n = skeletonRows ?? Math.min(list.state.limit, 10);
    body = Array.from({ length: n }, (_, i) => (
      <tr key={`skeleton-${i}`} className={cn('border-b', fixed && 'odd:bg-table-row even:bg-table-row-alt')} data-testid="row-skeleton">
        {Array.from({ length: leafCount }, (_, j) => (
          <td key={j} className={cn('px-3 py-2.5', j === 0 && stickyCell)}>
            <Skeleton className="h-4 w-full max-w-40" />
          </td>
        ))}
      </tr>
    ));
  } else if (list.isError && list.items.length === 0) {
    const clientError = !!list.error && list.error.status >= 400 && list.error.status < 500;
    body = (
      <tr>
        <td colSpan={leafCount}>
          <ErrorState
            title="Could not load this list"
            message={list.error?.message}
            onRetry={() => list.refetch()}
            retrying={list.isFetching}
            size="sm"
          />
          {clientError ? (
            <div className="-mt-4 flex justify-center pb-6">
              <Button type="button" variant="link" size="sm" data-testid="reset-list" onClick={list.reset}>
                Clear search and filters
              </Button>
            </div>
          ) : null}
        </td>
      </tr>
    );
  } else if (list.items.length === 0) {
    body = (
      <tr>
        <td colSpan={leafCount}>
          {filtering ? (
            <EmptyState
              size="sm"
              title="No results match your search or filters"
              action={
                <Button type="button" variant="outline" size="sm" data-testid="reset-list" onClick={list.reset}>
                  Clear search and filters
                </Button>
              }
            />
          ) : (
            <EmptyState size="sm" title={empty?.title ?? 'Nothing here yet'} description={empty?.description} action={empty?.action} />
          )}
        </td>
      </tr>
    );
  } else {
    body = table.getRowModel().rows.map((row) => {
      const href = rowHref?.(row.original);
      const cells = row.getAllCells();
      return (
        <tr
          key={row.id}
          data-testid={`row-${row.id}`}
          className={cn(
            'border-b transition-colors last:border-b-0',
            fixed ? 'odd:bg-table-row even:bg-table-row-alt hover:bg-table-row-hover' : 'hover:bg-table-row-hover',
            href && 'relative focus-within:bg-table-row-hover',
            // The row link stretches over the whole row, except in the fixed table where the sticky cell contains it.
            href && !fixed && 'cursor-pointer',
          )}
        >
          {cells.map((cell, i) => {
            const meta = cell.column.columnDef.meta;
            const content = <table.FlexRender cell={cell} />;
            return (
              <td
                key={cell.id}
                className={cn(
                  'whitespace-nowrap px-3 py-2 align-middle',
                  alignClass(meta?.align),
                  i === 0 && stickyCell,
                  meta?.interactive && '[&>*]:relative [&>*]:z-20',
                  meta?.className,
                )}
              >
                {i === 0 && href ? (
                  <Link
                    href={href}
                    // Not prefetched: a page of rows would fetch a server render of every row's page
                    // (two requests each), queueing the list's own requests behind them.
                    prefetch={false}
                    data-testid={`row-link-${row.id}`}
                    className="font-medium text-foreground underline-offset-4 outline-none after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:underline focus-visible:after:ring-2 focus-visible:after:ring-inset focus-visible:after:ring-ring"
                  >
                    {content}
                  </Link>
                ) : (
                  content
                )}
              </td>
            );
          })}
        </tr>
      );
    });
  }

  return (
    <div data-slot="data-table" className={cn('flex flex-col gap-3', className)}>
      {toolbar ? <DataTableToolbar list={list as ListController<unknown>} {...toolbar} /> : null}
      {list.isError && list.items.length > 0 ? (
        <div role="status" className="flex items-center justify-between gap-3 rounded-md border border-destructive/40 px-3 py-2 text-sm" data-testid="table-stale-error">
          <span>
            <span className="font-medium text-destructive">Refresh failed.</span> <span className="text-muted-foreground">{list.error?.message} Showing the last loaded rows.</span>
          </span>
          <Button type="button" variant="outline" size="sm" data-testid="retry" onClick={() => list.refetch()}>
            Retry
          </Button>
        </div>
      ) : null}
      <div
        role="region"
        aria-label={label}
        // Keyboard users must be able to scroll a wide table (axe: scrollable-region-focusable):
        // focusable content inside (row links, sort buttons) does it, otherwise the region itself.
        tabIndex={rowHref || sortable.length > 0 || columns.some((c) => c.meta?.interactive) ? undefined : 0}
        className={cn(
          'relative w-full overflow-x-auto rounded-lg border outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50',
          fixed ? 'bg-table-row' : 'bg-card',
        )}
      >
        {list.isPlaceholderData && list.isFetching ? (
          // The next page is loading: a thin bar instead of dimming the rows, which would drop their contrast below AA.
          <div aria-hidden className="absolute inset-x-0 top-0 z-30 h-0.5 animate-pulse bg-primary motion-reduce:animate-none" data-testid="table-loading-bar" />
        ) : null}
        <table
          aria-label={label}
          aria-busy={list.isFetching}
          data-testid={testId}
          className={cn('w-full caption-bottom text-sm', fixed && 'border-separate border-spacing-0 [&_td]:border-b [&_td]:border-border')}
        >
          <thead className={cn(fixed ? 'bg-table-header text-table-header-foreground' : 'border-b bg-muted text-muted-foreground')}>
            {headerGroups.map((group) => (
              <tr key={group.id} className={cn(!fixed && 'border-b')}>
                {group.headers.map((header, i) => {
                  const meta = header.column.columnDef.meta;
                  const sortKey = meta?.sortKey ?? header.column.id;
                  const canSort = !header.isPlaceholder && sortable.includes(sortKey);
                  const active = canSort && sort?.key === sortKey ? sort.direction : null;
                  return (
                    <th
                      key={header.id}
                      colSpan={header.colSpan}
                      scope="col"
                      aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined}
                      className={cn(
                        'h-9 whitespace-nowrap px-3 text-left align-middle text-xs font-medium',
                        alignClass(meta?.align),
                        fixed && i === 0 && 'sticky left-0 z-20 bg-table-header',
                        meta?.headerClassName,
                      )}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <SortableHeader header={header} table={table} sortKey={sortKey} sort={sort} onSort={(key, descFirst) => list.setSort(nextSort(list.state.sort, key, descFirst))} variant={variant} />
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>{body}</tbody>
        </table>
        {list.isLoading ? (
          <span role="status" className="sr-only">
            Loading {label}
          </span>
        ) : null}
      </div>
      {footer ? <DataTableFooter list={list as ListController<unknown>} /> : null}
    </div>
  );
}

/** The standard table for simple lists: server sort/paging from the URL, all states, footer. */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  return <TableView variant="standard" {...props} />;
}

/**
 * For wide, data-dense lists (carriers, balances): horizontal scroll with a sticky first column,
 * dark #3d4f5f header with white text, alternating opaque rows. Same props as DataTable.
 */
export function FixedColumnTable<T extends RowData>(props: DataTableProps<T>) {
  return <TableView variant="fixed" {...props} />;
}
