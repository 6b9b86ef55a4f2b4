'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { AuditTab, Field } from '@/components/class4/class4-ui';
import { createDataTableColumnHelper, FixedColumnTable, RefreshButton, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { RouteCheckView, RouteEntryView, RouteFindingView, RouteGroupView, RoutingPlanView } from '@/lib/routing/views';
import { routingKeys, routingPages, routingUrls } from './api';
import { RouteEntryFormDialog, RouteGroupFormDialog, RoutingPlanFormDialog, StartCheckDialog, useSellPlanOptions } from './routing-forms';
import { PlanStatusBadge } from './routing-plans-table';

type PlanDetail = RoutingPlanView & { counts: { entries: number; groups: number }; latestCheck: RouteCheckView | null };

const suppliersText = (list: RouteEntryView['suppliers']) => list.map((s) => `${s.carrierCode} ${s.interconnectName} (tier ${s.qualityTier}${s.supplierRatePlanId ? '' : ', no plan'})`).join(' → ') || '—';

const entryCol = createDataTableColumnHelper<RouteEntryView>();
const entryColumns = entryCol.columns([
  entryCol.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code className="font-medium">{getValue()}</code> }),
  entryCol.accessor('method', { header: 'Method', cell: ({ getValue }) => ({ lcr: 'Least cost', ordered: 'Ordered', weighted: 'Weighted' })[getValue()] }),
  entryCol.accessor('groupName', { header: 'Route group', cell: ({ getValue }) => getValue() ?? '—' }),
  entryCol.accessor('suppliers', { header: 'Suppliers', cell: ({ getValue }) => <span className="text-xs">{suppliersText(getValue())}</span> }),
  entryCol.accessor('updatedAt', { header: 'Changed', cell: ({ getValue }) => formatUtc(getValue()) }),
]);

const groupCol = createDataTableColumnHelper<RouteGroupView>();
const groupColumns = groupCol.columns([
  groupCol.accessor('name', { header: 'Group', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  groupCol.accessor('suppliers', { header: 'Suppliers', cell: ({ getValue }) => <span className="text-xs">{suppliersText(getValue())}</span> }),
  groupCol.accessor('entryCount', { header: 'Used by entries' }),
]);

const findingCol = createDataTableColumnHelper<RouteFindingView>();
const findingColumns = findingCol.columns([
  findingCol.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code>{getValue()}</code> }),
  findingCol.accessor('kind', { header: 'Finding', cell: ({ getValue }) => ({ no_route: 'No route', negative_margin: 'Negative margin', single_supplier: 'Single supplier' })[getValue()] }),
  findingCol.accessor('candidates', { header: 'Candidates' }),
  findingCol.accessor('detail', { header: 'Detail', cell: ({ getValue }) => <span className="text-xs">{getValue()}</span> }),
]);

function CheckPanel({ planId, check, canWrite, onStart }: { planId: string; check: RouteCheckView | null; canWrite: boolean; onStart: () => void }) {
  const running = check && (check.status === 'queued' || check.status === 'running');
  const live = useQuery({ queryKey: routingKeys.check(check?.id ?? 'none'), enabled: !!check, queryFn: () => apiFetch<RouteCheckView>(routingUrls.check(check!.id)), refetchInterval: running ? 2000 : false, initialData: check ?? undefined });
  const current = live.data ?? check;
  const findings = useListQuery<RouteFindingView>({ queryKey: routingKeys.findings(current?.id ?? 'none'), endpoint: routingUrls.findings(current?.id ?? '00000000-0000-0000-0000-000000000000'), defaults: { sort: 'prefix' }, filterKeys: ['kind'], paramPrefix: 'f.' });
  void planId;
  if (!current) {
    return (
      <div className="space-y-3 text-sm text-muted-foreground" data-testid="route-check-none">
        <p>No route table check yet: it routes every prefix of this draft plan and lists the prefixes with no route, a negative margin or a single supplier.</p>
        {canWrite && (
          <Button variant="outline" onClick={onStart} data-testid="route-check-start">
            Run the check
          </Button>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-4" data-testid="route-check-panel">
      <div className="max-w-xl space-y-2">
        <div className="flex items-center justify-between text-sm">
          <span data-testid="route-check-status">
            {current.status === 'succeeded' ? 'Finished' : current.status === 'failed' ? 'Failed' : current.status === 'queued' ? 'Queued' : 'Running'} · {current.done} of {current.total} prefixes
          </span>
          <span>{current.percent} %</span>
        </div>
        <Progress value={current.percent} aria-label="Route table check progress" data-testid="route-check-progress" />
        <p className="text-sm text-muted-foreground">
          No route {current.counts.noRoute} · negative margin {current.counts.negativeMargin} · single supplier {current.counts.singleSupplier}
          {current.error ? ` · ${current.error}` : ''}
        </p>
        {canWrite && !running && (
          <Button variant="outline" size="sm" onClick={onStart} data-testid="route-check-start">
            Run again
          </Button>
        )}
      </div>
      <FixedColumnTable
        label="Findings"
        columns={findingColumns}
        list={findings}
        getRowId={(f) => f.id}
        sortable={['prefix']}
        toolbar={{ filters: [{ key: 'kind', label: 'Finding', options: [ { value: 'no_route', label: 'No route' }, { value: 'negative_margin', label: 'Negative margin' }, { value: 'single_supplier', label: 'Single supplier' } ] }] }}
        empty={{ title: running ? 'Checking…' : 'Nothing found', description: running ? 'Findings appear as batches complete.' : 'Every prefix has at least two suppliers with a positive margin.' }}
        data-testid="route-findings-table"
      />
    </div>
  );
}

/** One routing plan: Overview, Entries (prefix search), Route groups, Check, Audit; actions per tab. */
export function RoutingPlanDetail({ id, canWrite, showAudit }: { id: string; canWrite: boolean; showAudit: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: routingKeys.plan(id), queryFn: () => apiFetch<PlanDetail>(routingUrls.plan(id)) });
  const plan = query.data;
  const entries = useListQuery<RouteEntryView>({ queryKey: routingKeys.entries(id), endpoint: routingUrls.entries(id), defaults: { sort: 'prefix' }, filterKeys: ['method'], paramPrefix: 'e.' });
  const groups = useListQuery<RouteGroupView>({ queryKey: routingKeys.groups(id), endpoint: routingUrls.groups(id), defaults: { sort: 'name' }, paramPrefix: 'g.' });
  const sellPlans = useSellPlanOptions().filter((p) => !plan || p.tenantId === plan.tenantId);
  const [editing, setEditing] = useState(false);
  const [newEntry, setNewEntry] = useState(false);
  const [newGroup, setNewGroup] = useState(false);
  const [checking, setChecking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deletingEntry, setDeletingEntry] = useState<RouteEntryView | null>(null);
  const remove = useMutation({
    mutationFn: () => apiFetch(routingUrls.plan(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: routingKeys.plans });
      toast.success('Routing plan deleted');
      router.push(routingPages.plans);
    },
    onError: (e) => toast.error(e.message),
  });
  const removeEntry = useMutation({
    mutationFn: (entryId: string) => apiFetch(routingUrls.entry(entryId), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: routingKeys.plan(id) });
      toast.success('Entry deleted');
      setDeletingEntry(null);
    },
    onError: (e) => toast.error(e.message),
  });
  const tabs: PageTab[] = [
    {
      key: 'overview',
      label: 'Overview',
      actions: canWrite && plan ? [ { key: 'edit', label: 'Edit plan', onSelect: () => setEditing(true) }, { key: 'tool', label: 'Route a number', onSelect: () => router.push(`${routingPages.tool}?plan=${id}`) }, { key: 'delete', label: 'Delete plan', onSelect: () => setDeleting(true), destructive: true } ] : [],
    },
    { key: 'entries', label: 'Entries', actions: canWrite ? [{ key: 'new-entry', label: 'Add or replace entry', onSelect: () => setNewEntry(true) }] : [] },
    { key: 'groups', label: 'Route groups', actions: canWrite ? [{ key: 'new-group', label: 'New route group', onSelect: () => setNewGroup(true) }] : [] },
    { key: 'check', label: 'Route table check', actions: canWrite && plan?.status === 'draft' ? [{ key: 'run-check', label: 'Run the check', onSelect: () => setChecking(true) }] : [] },
    ...(showAudit ? [{ key: 'audit', label: 'Audit' }] : []),
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  const entryTableColumns = useMemo(
    () =>
      canWrite
        ? entryCol.columns([
            ...entryColumns,
            entryCol.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              meta: { interactive: true },
              cell: ({ row }) => (
                <Button variant="ghost" size="sm" onClick={() => setDeletingEntry(row.original)} data-testid={`route-entry-delete-${row.original.prefix}`}>
                  Delete
                </Button>
              ),
            }),
          ])
        : entryColumns,
    [canWrite],
  );
  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this routing plan" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="routing-plan-error" />
      </div>
    );
  }
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Routing plans', href: routingPages.plans }, { label: plan?.name ?? '…' }]}
        title={plan ? plan.name : <Skeleton className="h-7 w-48" />}
        description={plan ? <PlanStatusBadge status={plan.status} /> : undefined}
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void queryClient.invalidateQueries({ queryKey: routingKeys.plan(id) })} isFetching={query.isFetching} />}
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          {!plan ? (
            <Skeleton className="h-40 w-full max-w-xl" />
          ) : (
            <dl className="max-w-2xl" data-testid="routing-plan-overview">
              <Field label="Status">
                <PlanStatusBadge status={plan.status} />
              </Field>
              <Field label="Margin floor / min" testId="routing-plan-floor">
                {plan.marginFloor}
              </Field>
              <Field label="Entries · groups">
                {plan.counts.entries} · {plan.counts.groups}
              </Field>
              <Field label="Latest check">{plan.latestCheck ? `${plan.latestCheck.status} (${formatUtc(plan.latestCheck.createdAt)})` : 'None'}</Field>
              <Field label="Description">{plan.description || '—'}</Field>
              <Field label="Created">{formatUtc(plan.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(plan.updatedAt)}</Field>
            </dl>
          )}
        </TabPanel>
      )}
      {activeTab === 'entries' && (
        <TabPanel tabKey="entries">
          <FixedColumnTable
            label="Route entries"
            columns={entryTableColumns}
            list={entries}
            getRowId={(e) => e.id}
            sortable={['prefix']}
            toolbar={{
              search: { placeholder: 'Prefix, e.g. 4420…', label: 'Search entries by prefix' },
              filters: [{ key: 'method', label: 'Method', options: [ { value: 'lcr', label: 'Least cost' }, { value: 'ordered', label: 'Ordered' }, { value: 'weighted', label: 'Weighted' } ] }],
              actions: canWrite ? (
                <Button size="sm" onClick={() => setNewEntry(true)} data-testid="new-route-entry">
                  Add entry
                </Button>
              ) : undefined,
            }}
            empty={{ title: 'No entries yet', description: 'An entry routes a prefix (the longest match wins) to its suppliers.' }}
            data-testid="route-entries-table"
          />
        </TabPanel>
      )}
      {activeTab === 'groups' && (
        <TabPanel tabKey="groups">
          <FixedColumnTable
            label="Route groups"
            columns={groupColumns}
            list={groups}
            getRowId={(g) => g.id}
            sortable={['name']}
            toolbar={{
              search: { placeholder: 'Group name…', label: 'Search route groups' },
              actions: canWrite ? (
                <Button size="sm" onClick={() => setNewGroup(true)} data-testid="new-route-group">
                  New route group
                </Button>
              ) : undefined,
            }}
            empty={{ title: 'No route groups', description: 'A named supplier list that several entries can share.' }}
            data-testid="route-groups-table"
          />
        </TabPanel>
      )}
      {activeTab === 'check' && (
        <TabPanel tabKey="check">
          <CheckPanel planId={id} check={plan?.latestCheck ?? null} canWrite={canWrite && plan?.status === 'draft'} onStart={() => setChecking(true)} />
        </TabPanel>
      )}
      {activeTab === 'audit' && showAudit && (
        <TabPanel tabKey="audit">
          <AuditTab entity="routing_plan" id={id} />
        </TabPanel>
      )}
      {canWrite && plan && (
        <>
          <RoutingPlanFormDialog open={editing} onOpenChange={setEditing} plan={plan} />
          <RouteEntryFormDialog open={newEntry} onOpenChange={setNewEntry} planId={id} groups={groups.items} />
          <RouteGroupFormDialog open={newGroup} onOpenChange={setNewGroup} planId={id} />
          <StartCheckDialog open={checking} onOpenChange={setChecking} planId={id} sellPlans={sellPlans} />
          <ConfirmDialog
            open={deleting}
            onOpenChange={setDeleting}
            title={`Delete ${plan.name}?`}
            description="Its entries, route groups and checks are deleted with it. Services routed by this plan stop routing."
            confirmLabel="Delete plan"
            variant="destructive"
            onConfirm={() => remove.mutateAsync()}
            data-testid="routing-plan-delete-confirm"
          />
          <ConfirmDialog
            open={!!deletingEntry}
            onOpenChange={(open) => !open && setDeletingEntry(null)}
            title={`Delete the entry for ${deletingEntry?.prefix ?? ''}?`}
            description="Numbers of this prefix then route by a shorter entry, or not at all."
            confirmLabel="Delete entry"
            variant="destructive"
            onConfirm={async () => {
              if (deletingEntry) await removeEntry.mutateAsync(deletingEntry.id);
            }}
            data-testid="route-entry-delete-confirm"
          />
        </>
      )}
    </>
  );
}
