'use client';

import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import type { RateImportChangeView, RateImportErrorView } from '@/lib/rates/import/views';

export const importKeys = { one: (id: string) => ['rate-import', id] as const, errors: (id: string) => ['rate-import-errors', id] as const, changes: (id: string) => ['rate-import-changes', id] as const };
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
