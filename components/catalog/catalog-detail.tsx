'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { AuditEventsTable } from '@/components/audit/audit-events-table';
import { RefreshButton, useListQuery } from '@/components/data-table';
import { ActionDock, PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { AuditRow } from '@/lib/audit/views';
import type { CatalogKindKey } from '@/lib/catalog/schemas';
import type { AnyCatalogItemView } from '@/lib/catalog/views';
import { catalogKeys, catalogPages, catalogUrls } from './api';
import { CatalogAssignmentsTab } from './catalog-assignments';
import { CatalogFormDialog } from './catalog-form-dialog';
import { displayValue, kindUi } from './kinds';

type Item = AnyCatalogItemView & Record<string, unknown>;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[12rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 whitespace-pre-line break-words">{children}</dd>
    </div>
  );
}

function AuditTab({ kind, id }: { kind: CatalogKindKey; id: string }) {
  const list = useListQuery<AuditRow>({ queryKey: [...catalogKeys.detail(kind, id), 'audit'], endpoint: catalogUrls.audit(kindUi[kind].entity, id), defaults: { sort: '-occurredAt' }, paramPrefix: 'audit' });
  return <AuditEventsTable label="Audit events of this item" list={list} empty={{ title: 'No audit events', description: 'Changes to this item appear here.' }} data-testid="catalog-audit" />;
}

/** One catalogue item: overview (with edit and delete), its assignments, its audit trail. */
export function CatalogDetail({ kind, id, aiConfigured, canWrite }: { kind: CatalogKindKey; id: string; aiConfigured: boolean; canWrite: boolean }) {
  const ui = kindUi[kind];
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: catalogKeys.detail(kind, id), queryFn: () => apiFetch<Item>(catalogUrls.item(kind, id)) });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const item = query.data;
  const remove = useMutation({
    mutationFn: () => apiFetch<Item>(catalogUrls.item(kind, id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: catalogKeys.kind(kind) });
      toast.success(`${ui.singular} moved to the Trash`);
      router.push(catalogPages.list(kind));
    },
  });

  const writeActions = canWrite && item ? [{ key: 'edit', label: `Edit ${ui.singular}`, onSelect: () => setEditing(true) }, { key: 'delete', label: 'Move to Trash', onSelect: () => setDeleting(true), destructive: true }] : [];
  const tabs: PageTab[] = [
    { key: 'overview', label: 'Overview', actions: writeActions },
    { key: 'assignments', label: 'Assignments' },
    { key: 'audit', label: 'Audit' },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title={`Could not load this ${ui.singular}`} message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="catalog-error" />
      </div>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Voice catalogue', href: catalogPages.list('pops') }, { label: ui.title, href: catalogPages.list(kind) }, { label: item ? String(item.name) : '…' }]}
        title={item ? String(item.name) : <Skeleton className="h-7 w-48" />}
        description={ui.singular}
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />}
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          {!item ? (
            <div className="space-y-3" aria-busy="true" aria-label={`Loading ${ui.singular}`}>
              {Array.from({ length: 5 }, (_, i) => (
                <Skeleton key={i} className="h-6 w-full max-w-xl" />
              ))}
            </div>
          ) : (
            <dl className="max-w-3xl" data-testid="catalog-overview">
              {ui.fields.map((f) => (
                <Field key={f.name} label={f.label}>
                  <span data-testid={`value-${f.name}`}>{f.name === 'description' && !item.description ? 'No description yet.' : displayValue(kind, f.name, item[f.name])}</span>
                </Field>
              ))}
              <Field label="Created">{formatUtc(item.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(item.updatedAt)}</Field>
            </dl>
          )}
        </TabPanel>
      )}
      {activeTab === 'assignments' && (
        <TabPanel tabKey="assignments">
          <CatalogAssignmentsTab kind={kind} id={id} singular={ui.singular} canWrite={canWrite} />
        </TabPanel>
      )}
      {activeTab === 'audit' && (
        <TabPanel tabKey="audit">
          <AuditTab kind={kind} id={id} />
        </TabPanel>
      )}
      {canWrite && activeTab === 'overview' && (
        <ActionDock>
          <Button onClick={() => setEditing(true)} disabled={!item} data-testid="catalog-edit">
            Edit
          </Button>
          <Button variant="destructive" onClick={() => setDeleting(true)} disabled={!item} data-testid="catalog-delete">
            Move to Trash
          </Button>
        </ActionDock>
      )}
      {canWrite && item && <CatalogFormDialog kind={kind} open={editing} onOpenChange={setEditing} item={item} aiConfigured={aiConfigured} />}
      {canWrite && item && (
        <ConfirmDialog
          open={deleting}
          onOpenChange={setDeleting}
          title={`Move ${String(item.name)} to the Trash?`}
          description="It disappears from the catalogue at once. You can restore it from the Trash until the retention period ends; then it is deleted for good."
          confirmLabel="Move to Trash"
          variant="destructive"
          data-testid="confirm-catalog-delete"
          onConfirm={() => remove.mutateAsync()}
        />
      )}
    </>
  );
}
