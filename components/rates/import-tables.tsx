'use client';

import Link from 'next/link';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import type { RateImportChangeView, RateImportErrorView, RateImportView } from '@/lib/rates/import/views';
import { ratesUrls } from './api';

export const importKeys = { ofPlan: (planId: string) => ['rate-imports', planId] as const, one: (id: string) => ['rate-import', id] as const, errors: (id: string) => ['rate-import-errors', id] as const, changes: (id: string) => ['rate-import-changes', id] as const };
export const importUrls = {
  one: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}`,
  errors: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}/errors`,
  download: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}/errors/download`,
  changes: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}/changes`,
  accept: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}/accept`,
  publish: (id: string) => `/api/v1/rate-imports/${encodeURIComponent(id)}/publish`,
};

const KIND: Record<RateImportChangeView['kind'], { label: string; variant: 'success' | 'warning' | 'destructive' | 'info' | 'secondary' }> = {
  new: { label: 'New', variant: 'info' },
  removed: { label: 'Removed', variant: 'destructive' },
  increased: { label: 'Increased', variant: 'warning' },
  decreased: { label: 'Decreased', variant: 'success' },
  unchanged: { label: 'Unchanged', variant: 'secondary' },
};
export const changeKindLabel = (k: RateImportChangeView['kind']) => KIND[k];

const errorCol = createDataTableColumnHelper<RateImportErrorView>();
const errorColumns = errorCol.columns([
  errorCol.accessor('row', { header: 'Row' }),
  errorCol.accessor('field', { header: 'Field', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  errorCol.accessor('value', { header: 'Value', cell: ({ getValue }) => <span className="block max-w-xs truncate" title={getValue()}>{getValue() || '—'}</span> }),
  errorCol.accessor('reason', { header: 'Reason' }),
]);

/** The row-level error report (keyset pages). */
export function ImportErrorsTable({ id }: { id: string }) {
  const list = useListQuery<RateImportErrorView>({ queryKey: importKeys.errors(id), endpoint: importUrls.errors(id), defaults: { sort: 'row' }, paramPrefix: 'e_' });
  return (
    <DataTable
      label="Error report"
      columns={errorColumns}
      list={list}
      getRowId={(e) => String(e.id)}
      empty={{ title: 'No errors', description: 'Every row of the deck was read.' }}
      data-testid="import-errors-table"
    />
  );
}

const changeCol = createDataTableColumnHelper<RateImportChangeView>();
const changeColumns = changeCol.columns([
  changeCol.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code>{getValue()}</code> }),
  changeCol.accessor('destination', { header: 'Destination' }),
  changeCol.accessor('kind', { header: 'Change', cell: ({ getValue }) => <Badge variant={KIND[getValue()].variant}>{KIND[getValue()].label}</Badge> }),
  changeCol.accessor('oldRate', { header: 'Live rate', cell: ({ getValue }) => getValue() ?? '—' }),
  changeCol.accessor('newRate', { header: 'New rate', cell: ({ getValue }) => getValue() ?? '—' }),
  changeCol.accessor('changePercent', { header: 'Change %', cell: ({ getValue }) => (getValue() === null ? '—' : `${getValue()} %`) }),
]);

/** Every change of the change set, filterable by kind, searchable by prefix (keyset pages). */
export function ImportChangesTable({ id }: { id: string }) {
  const list = useListQuery<RateImportChangeView>({ queryKey: importKeys.changes(id), endpoint: importUrls.changes(id), defaults: { sort: 'prefix' }, filterKeys: ['kind'], paramPrefix: 'c_' });
  return (
    <DataTable
      label="Change set"
      columns={changeColumns}
      list={list}
      getRowId={(c) => c.prefix}
      toolbar={{
        search: { placeholder: 'Prefix…', label: 'Search changes by prefix' },
        filters: [{ key: 'kind', label: 'Change', options: (['new', 'removed', 'increased', 'decreased'] as const).map((k) => ({ value: k, label: KIND[k].label })) }],
      }}
      empty={{ title: 'No changes', description: 'The deck matches the live version.' }}
      data-testid="import-changes-table"
    />
  );
}

/** An import's status as a person reads it (the report page and the plan's Imports tab). */
export const IMPORT_STATUS: Record<RateImportView['status'], { label: string; variant: 'success' | 'warning' | 'destructive' | 'info' | 'secondary' }> = {
  uploaded: { label: 'Queued', variant: 'info' },
  processing: { label: 'Parsing', variant: 'info' },
  ready: { label: 'Ready to publish', variant: 'warning' },
  failed: { label: 'Refused', variant: 'destructive' },
  published: { label: 'Published', variant: 'success' },
  superseded: { label: 'Superseded', variant: 'secondary' },
};

const importCol = createDataTableColumnHelper<RateImportView>();
const importColumns = importCol.columns([
  importCol.accessor('fileName', {
    header: 'File',
    cell: ({ row, getValue }) => (
      <Link href={`/rates/imports/${row.original.id}`} className="font-medium underline-offset-4 hover:underline" data-testid={`rate-import-link-${row.original.id}`}>
        {getValue()}
      </Link>
    ),
  }),
  importCol.accessor('status', { header: 'Status', cell: ({ getValue }) => <Badge variant={IMPORT_STATUS[getValue()].variant}>{IMPORT_STATUS[getValue()].label}</Badge> }),
  importCol.accessor('rowsTotal', { header: 'Rows read', cell: ({ getValue }) => getValue().toLocaleString('en') }),
  importCol.accessor('rowsRejected', { header: 'Rejected', cell: ({ getValue }) => getValue().toLocaleString('en') }),
  importCol.accessor('createdAt', { header: 'Uploaded', cell: ({ getValue }) => formatUtc(getValue()) }),
]);

/** A plan's deck imports, newest first (keyset pages), each linking to its report. */
export function PlanImportsTable({ planId }: { planId: string }) {
  const list = useListQuery<RateImportView>({ queryKey: importKeys.ofPlan(planId), endpoint: ratesUrls.imports(planId), defaults: { sort: '-createdAt' }, filterKeys: ['status'], paramPrefix: 'i_' });
  return (
    <DataTable
      label="Deck imports"
      columns={importColumns}
      list={list}
      getRowId={(i) => i.id}
      toolbar={{ filters: [{ key: 'status', label: 'Status', options: (Object.keys(IMPORT_STATUS) as Array<RateImportView['status']>).map((k) => ({ value: k, label: IMPORT_STATUS[k].label })) }] }}
      empty={{ title: 'No imports yet', description: 'Upload a carrier deck: it becomes a draft you review as a change set before publishing.' }}
      data-testid="rate-imports-table"
    />
  );
}
