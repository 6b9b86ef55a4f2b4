'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { Field } from '@/components/class4/class4-ui';
import { RefreshButton } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { NativeSelect } from '@/components/users/native-select';
import { apiFetch } from '@/lib/api-client';
import type { RuleSetView } from '@/lib/rates/import-rules/views';
import type { RatePlanVersionView, RatePlanView } from '@/lib/rates/views';
import { ratesKeys, ratesPages, ratesUrls, ruleSetUrls } from './api';
import { ImportDeckDialog } from './import-deck-dialog';
import { PlanImportsTable } from './import-tables';
import { PlanFormDialog } from './rate-forms';
import { RateRowsTable } from './rate-rows-table';
import { PlanKindBadge, roundingLabels, VersionStatusBadge } from './rates-ui';

type PlanDetail = RatePlanView & { versions: RatePlanVersionView[] };

/** The name of a buy plan's import rule set, linked to the rule sets page. */
function RuleSetName({ id }: { id: string | null }) {
  const query = useQuery({ queryKey: ['rate-import-rule-sets', id], queryFn: () => apiFetch<RuleSetView>(ruleSetUrls.one(id!)), enabled: !!id });
  if (!id) return <span className="text-muted-foreground">None: decks are not checked against business rules</span>;
  if (query.isError) return <span className="text-destructive">Could not load the rule set</span>;
  return (
    <Link href={ratesPages.rules} className="underline-offset-4 hover:underline">
      {query.data?.name ?? '…'}
    </Link>
  );
}

/** One rate plan: Overview (currency, precision, rounding), Versions (history, publish, new draft), Rows of a version. */
export function RatePlanDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const query = useQuery({ queryKey: ratesKeys.plan(id), queryFn: () => apiFetch<PlanDetail>(ratesUrls.plan(id)) });
  const plan = query.data;
  const draft = plan?.versions.find((v) => v.status === 'draft');
  const published = plan?.versions.find((v) => v.status === 'published');
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState<RatePlanVersionView | null>(null);
  const [importing, setImporting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ratesKeys.plan(id) });

  const showRows = (versionId: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', 'rows');
    next.set('version', versionId);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  const createDraft = useMutation({
    mutationFn: () => apiFetch<RatePlanVersionView>(ratesUrls.versions(id), { method: 'POST', body: {} }),
    onSuccess: async (v) => {
      await refresh();
      toast.success(`Draft version ${v.number} created`);
      showRows(v.id);
    },
    onError: (e) => toast.error(e.message),
  });
  const publish = useMutation({
    mutationFn: (versionId: string) => apiFetch<RatePlanVersionView>(ratesUrls.publish(versionId), { method: 'POST' }),
    onSuccess: async (v) => {
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ratesKeys.allRows });
      toast.success(`Version ${v.number} published`);
    },
    onError: (e) => toast.error(e.message),
  });

  const draftActions = canWrite && plan ? (draft ? [{ key: 'publish', label: `Publish version ${draft.number}`, onSelect: () => setPublishing(draft) }] : [{ key: 'new-draft', label: 'New draft version', onSelect: () => createDraft.mutate() }]) : [];
  const tabs: PageTab[] = [
    { key: 'overview', label: 'Overview', actions: canWrite && plan ? [{ key: 'edit', label: 'Edit plan', onSelect: () => setEditing(true) }] : [] },
    { key: 'versions', label: 'Versions', actions: draftActions },
    { key: 'rows', label: 'Rows', actions: draftActions },
    { key: 'imports', label: 'Imports', actions: canWrite && plan ? [{ key: 'import', label: 'Import a deck', onSelect: () => setImporting(true) }] : [] },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  // The version whose rows are shown: ?version= when it is one of the plan's, else the draft, else the published one.
  const requested = params.get('version');
  const selected = useMemo(() => plan?.versions.find((v) => v.id === requested) ?? draft ?? published ?? plan?.versions[0], [plan, requested, draft, published]);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this rate plan" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="rate-plan-error" />
      </div>
    );
  }
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Rates' }, { label: 'Rate plans', href: ratesPages.plans }, { label: plan?.name ?? '…' }]}
        title={plan ? plan.name : <Skeleton className="h-7 w-48" />}
        description={
          plan ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <PlanKindBadge kind={plan.kind} /> {plan.currency}
              {published ? <VersionStatusBadge status="published" /> : <span className="text-muted-foreground">Not published yet</span>}
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void refresh()} isFetching={query.isFetching} />}
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          {!plan ? (
            <Skeleton className="h-40 w-full max-w-xl" />
          ) : (
            <dl className="max-w-2xl" data-testid="rate-plan-overview">
              <Field label="Kind">
                <PlanKindBadge kind={plan.kind} />
              </Field>
              <Field label="Currency" testId="rate-plan-currency">
                {plan.currency}
              </Field>
              <Field label="Precision" testId="rate-plan-precision">
                {plan.precision} decimals
              </Field>
              <Field label="Rounding" testId="rate-plan-rounding">
                {roundingLabels[plan.rounding]}
              </Field>
              {plan.kind === 'buy' && (
                <Field label="Import rules" testId="rate-plan-import-rules">
                  <RuleSetName id={plan.importRuleSetId} />
                </Field>
              )}
              <Field label="Published version">{published ? `Version ${published.number} · ${published.rowCount ?? 0} rows · ${formatUtc(published.publishedAt)}` : 'None'}</Field>
              <Field label="Draft">{draft ? `Version ${draft.number} · ${draft.rowCount ?? 0} rows` : 'None'}</Field>
              <Field label="Description">{plan.description || '—'}</Field>
              <Field label="Created">{formatUtc(plan.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(plan.updatedAt)}</Field>
            </dl>
          )}
          {canWrite && plan && (
            <Button className="mt-4" variant="outline" onClick={() => setEditing(true)} data-testid="rate-plan-edit">
              Edit plan
            </Button>
          )}
        </TabPanel>
      )}
      {activeTab === 'versions' && (
        <TabPanel tabKey="versions">
          {!plan ? (
            <Skeleton className="h-32 w-full max-w-3xl" />
          ) : plan.versions.length === 0 ? (
            <EmptyState
              title="No versions yet"
              description="Rows live in versions: open a draft, add rows, then publish it."
              action={
                canWrite ? (
                  <Button onClick={() => createDraft.mutate()} disabled={createDraft.isPending} data-testid="rate-plan-new-draft">
                    New draft version
                  </Button>
                ) : undefined
              }
              data-testid="rate-plan-versions-empty"
            />
          ) : (
            <VersionsTable versions={plan.versions} canWrite={canWrite} onRows={showRows} onPublish={setPublishing} onNewDraft={draft ? undefined : () => createDraft.mutate()} creating={createDraft.isPending} />
          )}
        </TabPanel>
      )}
      {activeTab === 'rows' && (
        <TabPanel tabKey="rows">
          {!plan ? (
            <Skeleton className="h-40 w-full" />
          ) : !selected ? (
            <EmptyState
              title="No versions yet"
              description="Open a draft version to add rows."
              action={
                canWrite ? (
                  <Button onClick={() => createDraft.mutate()} disabled={createDraft.isPending} data-testid="rate-plan-new-draft">
                    New draft version
                  </Button>
                ) : undefined
              }
              data-testid="rate-rows-no-version"
            />
          ) : (
            <>
              <div className="mb-4 flex flex-wrap items-end gap-3">
                <div className="grid gap-1.5">
                  <Label htmlFor="rate-version-select">Version</Label>
                  <NativeSelect id="rate-version-select" className="w-64" value={selected.id} onChange={(e) => showRows(e.target.value)} data-testid="rate-version-select">
                    {plan.versions.map((v) => (
                      <option key={v.id} value={v.id}>
                        Version {v.number} ({v.status}, {v.rowCount ?? 0} rows)
                      </option>
                    ))}
                  </NativeSelect>
                </div>
                {selected.status !== 'draft' && (
                  <p className="pb-2 text-sm text-muted-foreground" data-testid="rate-rows-read-only">
                    {selected.status === 'published' ? 'Published versions are read-only: change rates in a draft.' : 'A superseded version is kept as history, read-only.'}
                  </p>
                )}
              </div>
              <RateRowsTable key={selected.id} version={selected} plan={plan} canWrite={canWrite && selected.status === 'draft'} />
            </>
          )}
        </TabPanel>
      )}
      {activeTab === 'imports' && (
        <TabPanel tabKey="imports">
          {canWrite && plan ? (
            <Button className="mb-4" onClick={() => setImporting(true)} data-testid="rate-plan-import">
              Import a deck
            </Button>
          ) : null}
          <PlanImportsTable planId={id} />
        </TabPanel>
      )}
      {plan && canWrite && (
        <>
          <ImportDeckDialog planId={plan.id} planName={plan.name} open={importing} onOpenChange={setImporting} />
          <PlanFormDialog open={editing} onOpenChange={setEditing} plan={plan} />
          <ConfirmDialog
            open={publishing !== null}
            onOpenChange={(o) => !o && setPublishing(null)}
            title={publishing ? `Publish version ${publishing.number} of ${plan.name}?` : 'Publish'}
            description={`Its ${publishing?.rowCount ?? 0} rows become the live rates${published ? ` and version ${published.number} is superseded` : ''}. A published version can never change again.`}
            confirmLabel="Publish"
            variant="default"
            onConfirm={() => (publishing ? publish.mutateAsync(publishing.id) : undefined)}
            data-testid="rate-publish-confirm"
          />
        </>
      )}
    </>
  );
}

function VersionsTable({
  versions,
  canWrite,
  onRows,
  onPublish,
  onNewDraft,
  creating,
}: {
  versions: RatePlanVersionView[];
  canWrite: boolean;
  onRows: (id: string) => void;
  onPublish: (v: RatePlanVersionView) => void;
  onNewDraft?: () => void;
  creating: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full max-w-4xl text-sm" data-testid="rate-versions-table">
        <caption className="sr-only">Versions of this rate plan, newest first</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-2 pr-4">Version</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Rows</th>
            <th scope="col" className="py-2 pr-4">Created</th>
            <th scope="col" className="py-2 pr-4">Published</th>
            <th scope="col" className="py-2 pr-4">Superseded</th>
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-b" data-testid={`rate-version-${v.number}`}>
              <td className="py-2 pr-4 font-medium">{v.number}</td>
              <td className="py-2 pr-4">
                <VersionStatusBadge status={v.status} />
              </td>
              <td className="py-2 pr-4">{v.rowCount ?? 0}</td>
              <td className="py-2 pr-4">{formatUtc(v.createdAt)}</td>
              <td className="py-2 pr-4">{v.publishedAt ? formatUtc(v.publishedAt) : '—'}</td>
              <td className="py-2 pr-4">{v.supersededAt ? formatUtc(v.supersededAt) : '—'}</td>
              <td className="flex justify-end gap-2 py-2 pr-4">
                <Button size="sm" variant="outline" onClick={() => onRows(v.id)} data-testid={`rate-version-${v.number}-rows`}>
                  Rows
                </Button>
                {canWrite && v.status === 'draft' && (
                  <Button size="sm" onClick={() => onPublish(v)} data-testid={`rate-version-${v.number}-publish`}>
                    Publish
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canWrite && onNewDraft && (
        <Button className="mt-4" variant="outline" onClick={onNewDraft} disabled={creating} data-testid="rate-plan-new-draft">
          New draft version
        </Button>
      )}
      <p className="mt-3 text-xs text-muted-foreground">A new draft starts as a copy of the published version’s rows. Publishing swaps it in atomically.</p>
    </div>
  );
}
