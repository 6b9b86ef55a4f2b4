'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { RateImportChangeView, RateImportView } from '@/lib/rates/import/views';
import { ACTIONS, ImportBreachesTable } from './import-rules';
import { changeKindLabel, IMPORT_STATUS, ImportChangesTable, ImportErrorsTable, importKeys, importUrls } from './import-tables';

type ImportDetail = RateImportView & { largestChanges: RateImportChangeView[] };


/** The import report: progress, counts, the error report, the change set, accept and publish. */
export function ImportReport({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.one(id),
    queryFn: () => apiFetch<ImportDetail>(importUrls.one(id)),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'uploaded' || q.state.data.status === 'processing') ? 1000 : false),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: importKeys.one(id) });
  const accept = useMutation({ mutationFn: () => apiFetch(importUrls.accept(id), { method: 'POST' }), onSuccess: async () => (await refresh(), toast.success('Error report accepted: the rejected rows stay out')), onError: (e) => toast.error(e.message) });
  const publish = useMutation({ mutationFn: () => apiFetch(importUrls.publish(id), { method: 'POST' }), onSuccess: async () => (await refresh(), toast.success('Published')), onError: (e) => toast.error(e.message) });
  const imp = query.data;
  if (query.isError) return <ErrorState title="Could not load this import" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="import-error" />;
  const blocked = !!imp && imp.errorCount > 0 && !imp.errorsAccepted;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Rates' }, { label: 'Imports' }, { label: imp?.fileName ?? 'Import' }]}
        title={imp ? imp.fileName : <Skeleton className="h-7 w-48" />}
        description="The deck as a change set against the live version: nothing changes until you publish."
        extra={
          imp?.status === 'ready' ? (
            <div className="flex gap-2">
              {blocked ? (
                <ConfirmDialog
                  trigger={<Button variant="outline" data-testid="import-accept">Accept the error report</Button>}
                  title="Accept the error report?"
                  description={`${imp.rowsRejected} row(s) with ${imp.errorCount} error(s) stay out of the draft; the rest can then be published.`}
                  confirmLabel="Accept"
                  variant="default"
                  onConfirm={() => accept.mutateAsync()}
                  data-testid="import-accept-confirm"
                />
              ) : null}
              <ConfirmDialog
                trigger={<Button disabled={blocked} data-testid="import-publish">Publish</Button>}
                title="Publish this version?"
                description="The draft replaces the live version in one step; the published version never changes afterwards."
                confirmLabel="Publish"
                variant="default"
                onConfirm={() => publish.mutateAsync()}
                data-testid="import-publish-confirm"
              />
            </div>
          ) : undefined
        }
      />
      <div className="space-y-6 p-6">
        {!imp ? (
          <Skeleton className="h-40 w-full" />
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-3" data-testid="import-status">
              <Badge variant={IMPORT_STATUS[imp.status].variant}>{IMPORT_STATUS[imp.status].label}</Badge>
              <span className="text-sm text-muted-foreground">
                {imp.rowsTotal.toLocaleString('en')} rows read, {imp.rowsStaged.toLocaleString('en')} in the draft, {imp.rowsRejected.toLocaleString('en')} rejected
                {imp.delimiter ? ` · delimiter ${imp.delimiter === '\t' ? 'tab' : `"${imp.delimiter}"`}` : ''}
                {imp.encoding ? ` · ${imp.encoding}` : ''}
                {imp.errorsAccepted ? ' · error report accepted' : ''}
              </span>
            </div>
            {imp.status === 'processing' || imp.status === 'uploaded' ? (
              <div className="max-w-xl space-y-1">
                <Progress value={imp.progress?.percent ?? 0} aria-label="Import progress" />
                <p className="text-sm text-muted-foreground">{imp.progress?.message ?? 'Waiting for the worker…'}</p>
              </div>
            ) : null}
            {imp.failure ? (
              <p className="text-sm text-destructive" role="alert" data-testid="import-failure">
                {imp.failure}
              </p>
            ) : null}
            {imp.summary ? (
              <div className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="import-counts">
                {(['new', 'removed', 'increased', 'decreased', 'unchanged'] as const).map((k) => (
                  <Card key={k}>
                    <CardHeader className="pb-1">
                      <CardTitle className="text-sm font-medium">{changeKindLabel(k).label}</CardTitle>
                    </CardHeader>
                    <CardContent className="text-2xl font-semibold" data-testid={`import-count-${k}`}>
                      {(imp.summary!.counts[k] ?? 0).toLocaleString('en')}
                    </CardContent>
                  </Card>
                ))}
              </div>
            ) : null}
            {imp.largestChanges.length ? (
              <section aria-labelledby="largest-heading" className="space-y-2">
                <h2 id="largest-heading" className="text-lg font-semibold">
                  Largest changes
                </h2>
                <ul className="text-sm" data-testid="import-largest">
                  {imp.largestChanges.map((c) => (
                    <li key={c.prefix}>
                      <code>{c.prefix}</code> {c.destination}: {c.oldRate} → {c.newRate} ({c.changePercent} %)
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-labelledby="errors-heading" className="space-y-2">
              <div className="flex items-center justify-between">
                <h2 id="errors-heading" className="text-lg font-semibold">
                  Error report ({imp.errorCount.toLocaleString('en')})
                </h2>
                <Button asChild variant="outline" size="sm">
                  <a href={importUrls.download(id)} download data-testid="import-errors-download">
                    Download CSV
                  </a>
                </Button>
              </div>
              <ImportErrorsTable id={id} />
            </section>
            {imp.summary?.ruleSet ? (
              <section aria-labelledby="breaches-heading" className="space-y-2" data-testid="import-breaches">
                <h2 id="breaches-heading" className="text-lg font-semibold">
                  Rule breaches ({imp.summary.ruleSet.name})
                </h2>
                <p className="flex flex-wrap gap-2 text-sm" data-testid="import-breach-counts">
                  {(['alert', 'reject', 'block'] as const).map((a) => (
                    <Badge key={a} variant={ACTIONS[a].variant}>
                      {ACTIONS[a].label}: {(imp.summary!.breaches?.[a] ?? 0).toLocaleString('en')}
                    </Badge>
                  ))}
                </p>
                <ImportBreachesTable id={id} />
              </section>
            ) : null}
            {imp.summary ? (
              <section aria-labelledby="changes-heading" className="space-y-2">
                <h2 id="changes-heading" className="text-lg font-semibold">
                  Change set
                </h2>
                <ImportChangesTable id={id} />
              </section>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
