'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/api-client';
import type { SyncItemView } from '@/lib/sync/views';

export const syncKeys = { items: ['sync-items'] as const };
export const syncUrls = { items: '/api/v1/sync/items', retry: (id: string) => `/api/v1/sync/items/${encodeURIComponent(id)}/retry` };

const STATUS: Record<SyncItemView['status'], { label: string; variant: 'success' | 'warning' | 'destructive' | 'info' | 'secondary' }> = {
  succeeded: { label: 'Synced', variant: 'success' },
  pending: { label: 'Pending', variant: 'info' },
  running: { label: 'Running', variant: 'info' },
  failed: { label: 'Failed', variant: 'destructive' },
  conflict: { label: 'Conflict', variant: 'warning' },
};
const ENTITY: Record<SyncItemView['entity'], string> = { customer_account: 'Customer account', carrier: 'Carrier' };

function RetryButton({ item }: { item: SyncItemView }) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => apiFetch<SyncItemView>(syncUrls.retry(item.id), { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: syncKeys.items });
      toast.success('Push queued again');
    },
    onError: (e) => toast.error(e.message),
  });
  if (item.direction !== 'push' || item.status === 'running' || item.status === 'conflict') return null;
  return (
    <Button size="sm" variant="outline" disabled={retry.isPending} onClick={() => retry.mutate()} data-testid={`sync-retry-${item.id}`} aria-label={`Retry the push of ${ENTITY[item.entity]} ${item.entityId}`}>
      Retry
    </Button>
  );
}

const col = createDataTableColumnHelper<SyncItemView>();
const columns = col.columns([
  col.accessor('entity', { header: 'Record', cell: ({ row }) => <span className="font-medium">{ENTITY[row.original.entity]}</span> }),
  col.accessor('entityId', { header: 'Id', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('direction', { header: 'Direction', cell: ({ getValue }) => (getValue() === 'push' ? 'Push' : 'Pull') }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <Badge variant={STATUS[getValue()].variant}>{STATUS[getValue()].label}</Badge> }),
  col.accessor('externalId', { header: 'ConnexCS id', cell: ({ getValue }) => getValue() ?? '—' }),
  col.accessor('attempts', { header: 'Attempts' }),
  col.accessor('consecutiveFailures', { header: 'Failures in a row' }),
  col.accessor('lastError', { header: 'Last error', cell: ({ getValue }) => <span className="block max-w-md truncate text-sm" title={getValue() ?? undefined}>{getValue() ?? '—'}</span> }),
  col.accessor('lastSyncedAt', { header: 'Last synced (UTC)', cell: ({ getValue }) => (getValue() ? formatUtc(getValue()!) : 'Never') }),
  col.display({ id: 'actions', header: 'Actions', cell: ({ row }) => <RetryButton item={row.original} /> }),
]);

/** Sync Status: every record's ConnexCS push state, newest change first, with retry. */
export function SyncStatusTable() {
  const list = useListQuery<SyncItemView>({ queryKey: syncKeys.items, endpoint: syncUrls.items, defaults: { sort: '-updatedAt' }, filterKeys: ['status', 'entity'] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Sync Status' }]}
        title="Sync Status"
        description="Every customer account and carrier write is pushed to ConnexCS by a job; a failed push is retried with backoff, or now with Retry."
      />
      <div className="p-6">
        <DataTable
          label="Sync items"
          columns={columns}
          list={list}
          getRowId={(i) => i.id}
          toolbar={{
            search: { placeholder: 'Error text or ConnexCS id…', label: 'Search sync items' },
            filters: [
              { key: 'status', label: 'Status', options: (Object.keys(STATUS) as SyncItemView['status'][]).map((s) => ({ value: s, label: STATUS[s].label })) },
              { key: 'entity', label: 'Record', options: [ { value: 'customer_account', label: 'Customer account' }, { value: 'carrier', label: 'Carrier' } ] },
            ],
          }}
          empty={{ title: 'Nothing synced yet', description: 'Records appear here as soon as a customer account or carrier is written.' }}
          data-testid="sync-items-table"
        />
      </div>
    </>
  );
}
