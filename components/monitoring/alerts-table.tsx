'use client';

import { createDataTableColumnHelper, DataTable, useAutoRefresh, useListQuery, type DataTableFilter } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import type { AlertItem } from '@/lib/monitoring/types';
import { monitoringUrls, systemKeys } from './api';
import { AlertActions } from './alert-actions';
import { formatMetric } from './format';
import { AlertStatusBadge, SeverityBadge } from './status-badges';

const utc = (v: string | null) => (v ? `${v.slice(0, 16).replace('T', ' ')} UTC` : '—');

const col = createDataTableColumnHelper<AlertItem>();

function columnsFor(canWrite: boolean) {
  return col.columns([
    col.accessor('severity', { header: 'Severity', cell: ({ getValue }) => <SeverityBadge severity={getValue()} /> }),
    col.accessor('title', {
      header: 'Alert',
      cell: ({ row }) => (
        <div className="grid max-w-md gap-0.5 whitespace-normal">
          <span className="font-medium">{row.original.title}</span>
          <span className="text-xs text-muted-foreground">{row.original.message}</span>
        </div>
      ),
    }),
    col.accessor('status', {
      header: 'Status',
      cell: ({ row }) => (
        <div className="grid gap-0.5">
          <AlertStatusBadge status={row.original.status} />
          {row.original.status === 'resolved' ? (
            <span className="text-xs text-muted-foreground">{row.original.resolvedBy ? 'by staff' : 'automatically'}</span>
          ) : null}
        </div>
      ),
    }),
    col.accessor('value', {
      header: 'Value / threshold',
      meta: { align: 'right' },
      cell: ({ row }) => (
        <span className="tabular-nums">
          {formatMetric(row.original.value, row.original.unit, row.original.threshold)} / {formatMetric(row.original.threshold, row.original.unit, row.original.value)}
        </span>
      ),
    }),
    col.accessor('firstSeenAt', { header: 'First seen', meta: { sortDescFirst: true }, cell: ({ getValue }) => <span className="tabular-nums">{utc(getValue())}</span> }),
    col.accessor('lastSeenAt', { header: 'Last seen', meta: { sortDescFirst: true }, cell: ({ getValue }) => <span className="tabular-nums">{utc(getValue())}</span> }),
    ...(canWrite
      ? [
          col.display({
            id: 'actions',
            header: 'Actions',
            meta: { interactive: true },
            cell: ({ row }) => <AlertActions alert={row.original} />,
          }),
        ]
      : []),
  ]);
}

const FILTERS: DataTableFilter[] = [
  {
    key: 'status',
    label: 'Status',
    options: [
      { value: 'active', label: 'Active (open or acknowledged)' },
      { value: 'open', label: 'Open' },
      { value: 'acknowledged', label: 'Acknowledged' },
      { value: 'resolved', label: 'Resolved' },
    ],
  },
  {
    key: 'severity',
    label: 'Severity',
    options: [
      { value: 'warning', label: 'Warning' },
      { value: 'critical', label: 'Critical' },
    ],
  },
];

/** Every alert System Status raised, newest activity first, with filters and Acknowledge/Resolve. */
export function AlertsTable({ canWrite }: { canWrite: boolean }) {
  const auto = useAutoRefresh();
  const list = useListQuery<AlertItem>({
    queryKey: systemKeys.alertList,
    endpoint: monitoringUrls.alerts,
    defaults: { sort: '-lastSeenAt' },
    filterKeys: FILTERS.map((f) => f.key),
    refetchInterval: auto.refetchInterval,
  });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'System', href: '/system' }, { label: 'Alerts' }]}
        title="Alerts"
        description="Raised when a budget is breached over its window; resolved automatically once it is met again."
      />
      <div className="p-4 md:p-6">
        <DataTable
          label="Alerts"
          columns={columnsFor(canWrite)}
          list={list}
          getRowId={(a) => a.id}
          sortable={['firstSeenAt', 'lastSeenAt']}
          toolbar={{ search: { placeholder: 'Alert or budget key…', label: 'Search alerts' }, filters: FILTERS, autoRefresh: auto }}
          empty={{ title: 'No alerts yet', description: 'Alerts appear here when a System Status budget is breached over its window.' }}
          data-testid="alerts-table"
        />
      </div>
    </>
  );
}
