'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { apiFetch, ApiError } from '@/lib/api-client';
import type { CatalogKindKey } from '@/lib/catalog/schemas';
import type { AnyCatalogItemView } from '@/lib/catalog/views';
import { catalogKeys, catalogPages, catalogUrls } from './api';
import { kindOrder, kindUi } from './kinds';

type Row = AnyCatalogItemView & Record<string, unknown>;
const col = createDataTableColumnHelper<Row>();

function RestoreButton({ kind, row, canWrite }: { kind: CatalogKindKey; row: Row; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const restore = useMutation({
    mutationFn: () => apiFetch<Row>(catalogUrls.restore(kind, row.id), { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: catalogKeys.kind(kind) });
      toast.success(`${String(row.name)} restored`);
    },
    onError: (e) => toast.error(e instanceof ApiError && e.problems.length ? e.problems.map((p) => p.message).join('; ') : e.message),
  });
  if (!canWrite) return null;
  return (
    <Button size="sm" variant="outline" onClick={() => restore.mutate()} disabled={restore.isPending} aria-label={`Restore ${String(row.name)}`} data-testid={`restore-${row.id}`}>
      Restore
    </Button>
  );
}

function TrashList({ kind, canWrite, retentionDays }: { kind: CatalogKindKey; canWrite: boolean; retentionDays: number | undefined }) {
  const ui = kindUi[kind];
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('name', { header: 'Name', cell: ({ getValue }) => <span className="font-medium">{String(getValue())}</span> }),
        col.accessor('updatedAt', { header: 'Deleted', meta: { sortDescFirst: true }, cell: ({ row }) => formatUtc(row.original.deletedAt) }),
        col.display({
          id: 'purge',
          header: 'Deleted for good',
          cell: ({ row }) => (retentionDays && row.original.deletedAt ? formatUtc(new Date(Date.parse(row.original.deletedAt) + retentionDays * 86_400_000)) : '—'),
        }),
        col.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, meta: { interactive: true, align: 'right' }, cell: ({ row }) => <RestoreButton kind={kind} row={row.original} canWrite={canWrite} /> }),
      ]),
    [kind, canWrite, retentionDays],
  );
  // Each kind's search, sort and page live under their own URL prefix: switching tabs keeps neither's.
  const list = useListQuery<Row>({ queryKey: catalogKeys.trash(kind), endpoint: catalogUrls.trash(kind), defaults: { sort: '-updatedAt' }, paramPrefix: `${kind}.` });
  return (
    <DataTable
      label={`${ui.title} in the Trash`}
      columns={columns}
      list={list}
      getRowId={(r) => r.id}
      sortable={['name', 'updatedAt']}
      toolbar={{ search: { placeholder: `${ui.searchLabel}…`, label: ui.searchLabel } }}
      empty={{ title: `No ${ui.title.toLowerCase()} in the Trash`, description: 'Deleted items wait here until the retention period ends.' }}
      data-testid="trash-table"
    />
  );
}

function RetentionSetting({ canWrite }: { canWrite: boolean }) {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: catalogKeys.settings, queryFn: () => apiFetch<{ trashRetentionDays: number }>(catalogUrls.settings) });
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? (settings.data ? String(settings.data.trashRetentionDays) : '');
  const save = useMutation({
    mutationFn: () => apiFetch<{ trashRetentionDays: number }>(catalogUrls.settings, { method: 'PATCH', body: { trashRetentionDays: Number(value) } }),
    onSuccess: async () => {
      setDraft(null);
      setError(null);
      await queryClient.invalidateQueries({ queryKey: catalogKeys.settings });
      toast.success('Retention saved');
    },
    onError: (e) => setError(e instanceof ApiError && e.problems.length ? e.problems.map((p) => p.message).join('; ') : e.message),
  });
  const lowering = settings.data && Number(value) < settings.data.trashRetentionDays;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (lowering) setConfirming(true);
        else save.mutate();
      }}
      noValidate
      data-testid="retention-form"
    >
      <div className="grid gap-2">
        <Label htmlFor="retention-days">Keep deleted items for (days)</Label>
        <Input
          id="retention-days"
          className="w-32"
          inputMode="numeric"
          value={value}
          onChange={(e) => setDraft(e.target.value)}
          disabled={!canWrite || settings.isLoading}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'retention-error' : 'retention-help'}
          data-testid="retention-days"
        />
      </div>
      {canWrite && (
        <Button type="submit" size="sm" disabled={save.isPending || draft === null} data-testid="retention-save">
          Save
        </Button>
      )}
      <p id="retention-help" className="basis-full text-sm text-muted-foreground">
        A daily job deletes items for good once they have been in the Trash this long (1-3650 days).
      </p>
      {error && (
        <p id="retention-error" className="basis-full text-sm text-destructive" data-testid="retention-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Shorten the retention?"
        description={`Items deleted more than ${value} days ago will be deleted for good at the next daily run.`}
        confirmLabel="Shorten retention"
        variant="destructive"
        data-testid="confirm-retention"
        onConfirm={() => save.mutateAsync()}
      />
    </form>
  );
}

/** The catalogue's Trash: soft-deleted rows of every kind (one tab per kind) with restore, and the retention. */
export function CatalogTrash({ canWrite }: { canWrite: boolean }) {
  const settings = useQuery({ queryKey: catalogKeys.settings, queryFn: () => apiFetch<{ trashRetentionDays: number }>(catalogUrls.settings) });
  const tabs: PageTab[] = kindOrder.map((k) => ({ key: k, label: kindUi[k].title }));
  // The kind is in the URL (`?tab=codecs`): a Trash tab can be linked to and survives a reload.
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  const active = activeTab as CatalogKindKey;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Voice catalogue', href: catalogPages.list('pops') }, { label: 'Trash' }]}
        title="Trash"
        description="Deleted catalogue items, restorable until the retention period ends."
        tabs={tabs}
        activeTab={active}
        onTabChange={setActiveTab}
      />
      <div className="border-b border-border px-6 py-4">
        <RetentionSetting canWrite={canWrite} />
      </div>
      <TabPanel tabKey={active}>
        <TrashList key={active} kind={active} canWrite={canWrite} retentionDays={settings.data?.trashRetentionDays} />
      </TabPanel>
    </>
  );
}
