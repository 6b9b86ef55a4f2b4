'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { RefreshButton } from '@/components/data-table';
import { ActionDock, PageHeader, TabPanel, useActiveTab, type PageAction, type PageTab } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { apiFetch } from '@/lib/api-client';
import { isFinished, type JobDetail as Job, type JobEventItem } from '@/lib/jobs/types';
import { jobKeys, jobUrls } from './api';
import { formatDuration, formatUtc } from './format';
import { JobProgress } from './job-progress';
import { JobStatusBadge } from './job-status-badge';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** The interesting parts of an event's metadata, in words. */
function eventDetails(e: JobEventItem): string {
  const m = e.metadata ?? {};
  const parts: string[] = [];
  if (typeof m.attempt === 'number') parts.push(`attempt ${m.attempt}`);
  if (typeof m.workerId === 'string') parts.push(`worker ${m.workerId}`);
  if (typeof m.previousWorker === 'string') parts.push(`lost worker ${m.previousWorker}`);
  if (typeof m.durationMs === 'number') parts.push(formatDuration(m.durationMs));
  if (typeof m.message === 'string') parts.push(m.message);
  if (m.willRetry === true) parts.push(`retry at ${formatUtc(m.nextAttemptAt as string)}`);
  if (typeof m.email === 'string') parts.push(`by ${m.email}`);
  if (typeof m.reason === 'string') parts.push(m.reason);
  if (e.type === 'reclaimed' && typeof m.status === 'string') parts.push(`now ${m.status}`);
  return parts.join(' · ') || '—';
}

export function JobDetail({ id, canWrite }: { id: number; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: jobKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<Job>(jobUrls.detail(id), { signal }),
    // Follow a live job (status, events); a finished one only changes when someone acts on it.
    refetchInterval: (q) => (q.state.data && !isFinished(q.state.data) ? 2_000 : false),
  });
  const job = query.data;
  const [confirm, setConfirm] = useState<'retry' | 'cancel' | null>(null);

  const act = useMutation({
    mutationFn: (action: 'retry' | 'cancel') => apiFetch<{ id: number; status: string }>(jobUrls.action(id, action), { method: 'POST' }),
    onSuccess: async (_r, action) => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
      toast.success(action === 'retry' ? `Job #${id} queued again` : `Job #${id} cancelled`);
    },
    onError: (error) => {
      toast.error(error.message);
    },
  });
  const onFinished = useCallback(() => void queryClient.invalidateQueries({ queryKey: jobKeys.detail(id) }), [queryClient, id]);

  const jobActions: PageAction[] = job && canWrite
    ? [
        ...(job.canRetry ? [{ key: 'retry', label: 'Retry job', onSelect: () => setConfirm('retry') }] : []),
        ...(job.canCancel ? [{ key: 'cancel', label: 'Cancel job', onSelect: () => setConfirm('cancel'), destructive: true }] : []),
      ]
    : [];
  const tabs: PageTab[] = [
    { key: 'overview', label: 'Overview', actions: jobActions },
    { key: 'events', label: `Events${job ? ` (${job.events.length})` : ''}` },
    { key: 'errors', label: `Errors${job ? ` (${job.errors.length})` : ''}`, actions: jobActions.filter((a) => a.key === 'retry') },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this job" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="job-error" />
      </div>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Jobs', href: '/jobs' }, { label: `#${id}` }]}
        title={`Job #${id}`}
        description={
          job ? (
            <span className="inline-flex items-center gap-2">
              <code className="text-xs">{job.type}</code> <JobStatusBadge status={job.status} willRetry={job.willRetry} />
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />}
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          <div className="grid max-w-3xl gap-6 pb-16">
            <JobProgress jobId={id} onFinished={onFinished} title={job?.description ?? undefined} />
            {!job ? (
              <div className="space-y-3" aria-busy="true" aria-label="Loading job">
                {Array.from({ length: 8 }, (_, i) => (
                  <Skeleton key={i} className="h-6 w-full" />
                ))}
              </div>
            ) : (
              <dl data-testid="job-overview">
                <Field label="Type">
                  <code className="text-xs">{job.type}</code>
                </Field>
                <Field label="Status">
                  <JobStatusBadge status={job.status} willRetry={job.willRetry} />
                  {job.failureReason && job.status === 'failed' ? <span className="ml-2 text-xs text-muted-foreground">({job.failureReason.replace(/_/g, ' ')})</span> : null}
                </Field>
                <Field label="Attempts">
                  {job.attempts} of {job.maxAttempts}
                </Field>
                <Field label="Created">{formatUtc(job.createdAt)}</Field>
                <Field label="Started">{formatUtc(job.startedAt)}</Field>
                <Field label="Completed">{formatUtc(job.completedAt)}</Field>
                {job.willRetry ? <Field label="Next attempt">{formatUtc(job.nextAttemptAt)}</Field> : null}
                <Field label="Last attempt took">{formatDuration(job.durationMs)}</Field>
                <Field label="Worker">{job.lockedBy ?? '—'}</Field>
                <Field label="Timeout">{job.timeoutMs ? formatDuration(job.timeoutMs) : 'None'}</Field>
                <Field label="Idempotency key">{job.idempotencyKey ? <code className="text-xs">{job.idempotencyKey}</code> : '—'}</Field>
                <Field label="Tags">
                  <span className="flex flex-wrap gap-1">
                    {job.tags.length
                      ? job.tags.map((t) => (
                          <Badge key={t} variant="outline">
                            {t}
                          </Badge>
                        ))
                      : '—'}
                  </span>
                </Field>
                <Field label="Payload">
                  <pre className="max-h-64 overflow-auto rounded-md bg-muted p-3 text-xs" data-testid="job-payload">
                    {JSON.stringify(job.payload, null, 2)}
                  </pre>
                </Field>
              </dl>
            )}
          </div>
        </TabPanel>
      )}
      {activeTab === 'events' && (
        <TabPanel tabKey="events">
          {!job ? (
            <Skeleton className="h-40 w-full" />
          ) : (
            <div className="mb-16 rounded-lg border">
              <Table aria-label="Job events" data-testid="job-events">
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">Time</TableHead>
                    <TableHead scope="col">Event</TableHead>
                    <TableHead scope="col">Details</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {job.events.map((e) => (
                    <TableRow key={e.id} data-testid={`job-event-${e.id}`}>
                      <TableCell className="tabular-nums">{formatUtc(e.at)}</TableCell>
                      <TableCell>
                        <Badge variant={e.type === 'failed' || e.type === 'reclaimed' ? 'warning' : e.type === 'completed' ? 'success' : 'secondary'}>{e.type}</Badge>
                      </TableCell>
                      <TableCell className="whitespace-normal text-muted-foreground">{eventDetails(e)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </TabPanel>
      )}
      {activeTab === 'errors' && (
        <TabPanel tabKey="errors">
          {!job ? (
            <Skeleton className="h-40 w-full" />
          ) : job.errors.length === 0 ? (
            <EmptyState title="No errors" description="Every attempt of this job so far ended without an error." />
          ) : (
            <ol className="grid max-w-4xl gap-3 pb-16" data-testid="job-errors">
              {job.errors.map((e, i) => (
                <li key={`${e.timestamp}-${i}`} className="rounded-lg border p-4" data-testid={`job-error-${i}`}>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                    <span className="font-medium text-foreground">Attempt {e.attempt ?? '?'}</span>
                    <span>{formatUtc(e.timestamp)}</span>
                    {e.failureReason ? <Badge variant="outline">{e.failureReason.replace(/_/g, ' ')}</Badge> : null}
                    {e.workerId ? <span>worker {e.workerId}</span> : null}
                  </div>
                  <p className="mt-2 text-sm text-destructive">{e.message}</p>
                  {e.stack ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-xs text-muted-foreground" data-testid={`job-error-stack-${i}`}>
                        Stack trace
                      </summary>
                      <pre className="mt-2 max-h-64 overflow-auto rounded-md bg-muted p-3 text-xs">{e.stack}</pre>
                    </details>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </TabPanel>
      )}
      {canWrite && job && (job.canRetry || job.canCancel) ? (
        <ActionDock>
          {job.canCancel ? (
            <Button variant="outline" onClick={() => setConfirm('cancel')} data-testid="dock-cancel-job">
              Cancel job
            </Button>
          ) : null}
          {job.canRetry ? (
            <Button onClick={() => setConfirm('retry')} data-testid="dock-retry-job">
              Retry job
            </Button>
          ) : null}
        </ActionDock>
      ) : null}
      <ConfirmDialog
        open={confirm === 'cancel'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={`Cancel job #${id}?`}
        description="A pending job will not run. A running job stops at its next progress report; what it already wrote stays. You can retry it later."
        confirmLabel="Cancel job"
        cancelLabel="Keep it"
        variant="destructive"
        data-testid="confirm-cancel-job"
        onConfirm={() => act.mutateAsync('cancel')}
      />
      <ConfirmDialog
        open={confirm === 'retry'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={`Retry job #${id}?`}
        description="The job goes back to the queue now, with a fresh set of attempts. Its effects are idempotent: work it already did is skipped, not done twice."
        confirmLabel="Retry job"
        variant="default"
        data-testid="confirm-retry-job"
        onConfirm={() => act.mutateAsync('retry')}
      />
    </>
  );
}
