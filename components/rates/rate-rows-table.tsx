'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import type { RatePlanVersionView, RatePlanView, RateRowView } from '@/lib/rates/views';
import { ratesKeys, ratesUrls } from './api';
import { RowFormDialog } from './rate-forms';
import { formatEffective, formatRate } from './rates-ui';

const col = createDataTableColumnHelper<RateRowView>();

/** Rate columns; amounts are the server's exact decimal strings, cut to the plan's precision for display. */
export function rateColumns(precision: number) {
  return [
    col.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
    col.accessor('destination', { header: 'Destination' }),
    col.accessor('rate', { header: 'Rate / min', cell: ({ getValue }) => formatRate(getValue(), precision), meta: { align: 'right' } }),
    col.accessor('connectionFee', { header: 'Connection fee', cell: ({ getValue }) => formatRate(getValue(), precision), meta: { align: 'right' } }),
    col.accessor('initialIncrement', { header: 'Increments', cell: ({ row }) => `${row.original.initialIncrement}/${row.original.subsequentIncrement}` }),
    col.accessor('minimumCharge', { header: 'Minimum', cell: ({ getValue }) => formatRate(getValue(), precision), meta: { align: 'right' } }),
    col.accessor('effectiveFrom', { header: 'Effective from', cell: ({ getValue }) => formatEffective(getValue()) }),
    col.accessor('effectiveTo', { header: 'Effective to', cell: ({ getValue }) => formatEffective(getValue()) }),
    col.accessor('blocked', { header: 'Blocked', cell: ({ getValue }) => (getValue() ? <Badge variant="destructive">Blocked</Badge> : 'No') }),
  ];
}

/**
 * The rows of one version, searched by prefix (digits) or destination name, a page at a time (never
 * the whole version). On a draft, rows can be added, edited and deleted (with confirmation).
 */
export function RateRowsTable({ version, plan, canWrite }: { version: RatePlanVersionView; plan: RatePlanView; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RateRowView | null>(null);
  const [deleting, setDeleting] = useState<RateRowView | null>(null);
  const list = useListQuery<RateRowView>({ queryKey: ratesKeys.rows(version.id), endpoint: ratesUrls.rows(version.id), defaults: { sort: 'prefix', limit: 25 }, filterKeys: ['blocked'], paramPrefix: 'r.' });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(ratesUrls.row(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ratesKeys.allRows });
      await queryClient.invalidateQueries({ queryKey: ratesKeys.plan(plan.id) });
      toast.success('Row deleted');
    },
    onError: (e) => toast.error(e.message),
  });
  const columns = useMemo(
    () =>
      col.columns([
        ...rateColumns(plan.precision),
        ...(canWrite
          ? [
              col.display({
                id: 'actions',
                header: () => <span className="sr-only">Actions</span>,
                meta: { interactive: true, align: 'right' },
                cell: ({ row }) => (
                  <span className="inline-flex gap-2">
                    <Button size="sm" variant="outline" onClick={() => setEditing(row.original)} data-testid={`rate-row-edit-${row.original.prefix}`} aria-label={`Edit ${row.original.prefix} ${row.original.destination}`}>
                      Edit
                    </Button>
                    <Button size="sm" variant="outline" onClick={() => setDeleting(row.original)} data-testid={`rate-row-delete-${row.original.prefix}`} aria-label={`Delete ${row.original.prefix} ${row.original.destination}`}>
                      Delete
                    </Button>
                  </span>
                ),
              }),
            ]
          : []),
      ]),
    [plan.precision, canWrite],
  );
  return (
    <>
      <DataTable
        label={`Rows of version ${version.number}`}
        columns={columns}
        list={list}
        getRowId={(r) => r.id}
        sortable={['prefix', 'destination']}
        toolbar={{
          search: { placeholder: 'Prefix (44 7…) or destination…', label: 'Search rows by prefix or destination' },
          filters: [
            {
              key: 'blocked',
              label: 'Blocked',
              options: [
                { value: 'true', label: 'Blocked' },
                { value: 'false', label: 'Not blocked' },
              ],
            },
          ],
          actions: canWrite ? (
            <Button size="sm" onClick={() => setAdding(true)} data-testid="rate-row-add">
              Add row
            </Button>
          ) : undefined,
        }}
        empty={{ title: 'No rows in this version', description: canWrite ? 'Add the prefixes and their rates, or import a deck.' : 'This version has no rows.' }}
        data-testid="rate-rows-table"
      />
      {canWrite && (
        <>
          <RowFormDialog open={adding} onOpenChange={setAdding} versionId={version.id} />
          {editing && <RowFormDialog open onOpenChange={(o) => !o && setEditing(null)} versionId={version.id} row={editing} />}
          <ConfirmDialog
            open={deleting !== null}
            onOpenChange={(o) => !o && setDeleting(null)}
            title={deleting ? `Delete ${deleting.prefix} ${deleting.destination}?` : 'Delete row'}
            description="The row leaves this draft. Published versions are not affected."
            confirmLabel="Delete row"
            onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : undefined)}
            data-testid="rate-row-delete-confirm"
          />
        </>
      )}
    </>
  );
}
