'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/api-client';
import type { SyncItemView, SyncRunView } from '@/lib/sync/views';
import { ResolveConflictDialog } from './resolve-conflict-dialog';
import { ENTITY, syncKeys, syncUrls } from './sync-api';

const STATUS: Record<SyncItemView['status'], { label: string; variant: 'success' | 'warning' | 'destructive' | 'info' | 'secondary' }> = {
  succeeded: { label: 'Synced', variant: 'success' },
  pending: { label: 'Pending', variant: 'info' },
  running: { label: 'Running', variant: 'info' },
  failed: { label: 'Failed', variant: 'destructive' },
  conflict: { label: 'Conflict', variant: 'warning' },
};
const RUN_STATUS: Record<SyncRunView['status'], { label: string; variant: 'success' | 'destructive' | 'info' }> = {
  running: { label: 'Running', variant: 'info' },
  succeeded: { label: 'Done', variant: 'success' },
  failed: { label: 'Failed', variant: 'destructive' },
};

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
  return (
    <Button size="sm" variant="outline" disabled={retry.isPending} onClick={() => retry.mutate()} data-testid={`sync-retry-${item.id}`} aria-label={`Retry the push of ${ENTITY[item.entity]} ${item.entityId}`}>
      Retry
    </Button>
  );
}

function ItemActions({ item, canWrite, onResolve }: { item: SyncItemView; canWrite: boolean; onResolve: (item: SyncItemView) => void }) {
  if (!canWrite || item.direction !== 'push' || item.status === 'running') return null;
  if (item.status === 'conflict')
    return (
      <Button size="sm" variant="outline" onClick={() => onResolve(item)} data-testid={`sync-resolve-${item.id}`} aria-label={`Resolve the conflict of ${ENTITY[item.entity]} ${item.entityId}`}>
        Resolve
      </Button>
    );
  return <RetryButton item={item} />;
}

const col = createDataTableColumnHelper<SyncItemView>();
const itemColumns = (canWrite: boolean, onResolve: (item: SyncItemView) => void) =>
  col.columns([
    col.accessor('entity', { header: 'Record', cell: ({ row }) => <span className="font-medium">{ENTITY[row.original.entity]}</span> }),
    col.accessor('entityId', { header: 'Id', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
    col.accessor('direction', { header: 'Direction', cell: ({ getValue }) => (getValue() === 'push' ? 'Push' : 'Pull') }),
    col.accessor('status', { header: 'Status', cell: ({ getValue }) => <Badge variant={STATUS[getValue()].variant}>{STATUS[getValue()].label}</Badge> }),
    col.accessor('externalId', { header: 'ConnexCS id', cell: ({ getValue }) => getValue() ?? '—' }),
    col.accessor('attempts', { header: 'Attempts' }),
    col.accessor('consecutiveFailures', { header: 'Failures in a row' }),
    col.accessor('lastError', { header: 'Last error', cell: ({ getValue }) => <span className="block max-w-md truncate text-sm" title={getValue() ?? undefined}>{getValue() ?? '—'}</span> }),
    col.accessor('lastSyncedAt', { header: 'Last synced (UTC)', cell: ({ getValue }) => (getValue() ? formatUtc(getValue()!) : 'Never') }),
    col.display({ id: 'actions', header: 'Actions', cell: ({ row }) => <ItemActions item={row.original} canWrite={canWrite} onResolve={onResolve} /> }),
  ]);

const runCol = createDataTableColumnHelper<SyncRunView>();
const runColumns = runCol.columns([
  runCol.accessor('startedAt', { header: 'Started (UTC)', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
  runCol.accessor('status', { header: 'Status', cell: ({ getValue }) => <Badge variant={RUN_STATUS[getValue()].variant}>{RUN_STATUS[getValue()].label}</Badge> }),
  runCol.accessor('examined', { header: 'Compared' }),
  runCol.accessor('unchanged', { header: 'Unchanged' }),
  runCol.accessor('conflicts', { header: 'Conflicts' }),
  runCol.accessor('failed', { header: 'Failed' }),
  runCol.display({
    id: 'findings',
    header: 'Findings',
    cell: ({ row }) => {
      const { findings, error } = row.original;
      if (error) return <span className="text-sm text-destructive">{error}</span>;
      if (!findings.length) return '—';
      return (
        <ul className="space-y-0.5 text-sm">
          {findings.slice(0, 3).map((f) => (
            <li key={f.itemId}>
              {ENTITY[f.entity]} <code className="text-xs">{f.entityId}</code>: {f.detail}
            </li>
          ))}
          {findings.length > 3 && <li className="text-muted-foreground">and {findings.length - 3} more (filter the items by Conflict)</li>}
        </ul>
      );
    },
  }),
  runCol.accessor('finishedAt', { header: 'Finished (UTC)', cell: ({ getValue }) => (getValue() ? formatUtc(getValue()!) : '…') }),
]);

/**
 * Sync Status: every record's ConnexCS push state, newest change first, with retry and conflict
 * resolution, and the history of pulls. Refreshed every 5 s (pushes and pulls run in the background).
 */
export function SyncStatusTable({ canWrite }: { canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [resolving, setResolving] = useState<SyncItemView | null>(null);
  const items = useListQuery<SyncItemView>({ queryKey: syncKeys.items, endpoint: syncUrls.items, defaults: { sort: '-updatedAt' }, filterKeys: ['status', 'entity', 'entityId'], refetchInterval: 5_000 });
  const runs = useListQuery<SyncRunView>({ queryKey: syncKeys.runs, endpoint: syncUrls.runs, defaults: { sort: '-startedAt' }, filterKeys: ['status'], paramPrefix: 'r.', refetchInterval: 5_000 });
  const pull = useMutation({
    mutationFn: () => apiFetch<{ jobId: string; queued: boolean }>(syncUrls.pull, { method: 'POST' }),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: syncKeys.runs });
      toast.success(r.queued ? 'Pull queued: its run appears under Pull runs' : 'A pull was already queued this minute');
    },
    onError: (e) => toast.error(e.message),
  });
  const pullAction = canWrite ? [{ key: 'pull-now', label: pull.isPending ? 'Queuing a pull…' : 'Pull from ConnexCS now', onSelect: () => pull.mutate() }] : [];
  const tabs: PageTab[] = [
    { key: 'items', label: 'Items', actions: pullAction },
    { key: 'runs', label: 'Pull runs', actions: pullAction },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Sync Status' }]}
        title="Sync Status"
        description="Every customer account and carrier write is pushed to ConnexCS by a job (a failed push is retried with backoff, or now with Retry). Every 15 minutes a pull compares them with ConnexCS: a record changed there becomes a conflict that a person resolves."
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
      />
      {activeTab === 'items' && (
        <TabPanel tabKey="items">
          <DataTable
            label="Sync items"
            columns={itemColumns(canWrite, setResolving)}
            list={items}
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
        </TabPanel>
      )}
      {activeTab === 'runs' && (
        <TabPanel tabKey="runs">
          <DataTable
            label="Pull runs"
            columns={runColumns}
            list={runs}
            getRowId={(r) => r.id}
            toolbar={{ filters: [{ key: 'status', label: 'Status', options: (Object.keys(RUN_STATUS) as SyncRunView['status'][]).map((s) => ({ value: s, label: RUN_STATUS[s].label })) }] }}
            empty={{ title: 'No pull yet', description: 'The pull runs every 15 minutes; Pull from ConnexCS now starts one.' }}
            data-testid="sync-runs-table"
          />
        </TabPanel>
      )}
      <ResolveConflictDialog item={resolving} onClose={() => setResolving(null)} />
    </>
  );
}
