'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, DataTable, useAutoRefresh, useListQuery, type DataTableFilter } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { jobStatuses, type JobListItem } from '@/lib/jobs/types';
import { jobKeys, jobUrls } from './api';
import { formatDuration, formatUtc } from './format';
import { JobProgressBar } from './job-progress';
import { JobStatusBadge } from './job-status-badge';
import { StartDemoJobDialog } from './start-demo-job-dialog';

const col = createDataTableColumnHelper<JobListItem>();
const columns = col.columns([
  col.accessor('id', { header: 'Job', meta: { sortDescFirst: true }, cell: ({ getValue }) => <span className="tabular-nums">#{getValue()}</span> }),
  col.accessor('type', { header: 'Type', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('status', { header: 'Status', cell: ({ row }) => <JobStatusBadge status={row.original.status} willRetry={row.original.willRetry} /> }),
  col.display({
    id: 'progress',
    header: 'Progress',
    cell: ({ row }) => <JobProgressBar jobId={row.original.id} status={row.original.status} progress={row.original.progress} />,
  }),
  col.accessor('attempts', {
    header: 'Attempts',
    meta: { align: 'right' },
    cell: ({ row }) => (
      <span className="tabular-nums">
        {row.original.attempts} / {row.original.maxAttempts}
      </span>
    ),
  }),
  col.accessor('tags', {
    header: 'Tags',
    cell: ({ getValue }) => (
      <span className="flex gap-1">
        {getValue().map((t) => (
          <Badge key={t} variant="outline">
            {t}
          </Badge>
        ))}
      </span>
    ),
  }),
  col.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatUtc(getValue()) }),
  col.accessor('durationMs', { header: 'Duration', meta: { align: 'right' }, cell: ({ getValue }) => formatDuration(getValue()) }),
]);

const STATUS_LABELS: Record<string, string> = { pending: 'Pending', processing: 'Running', completed: 'Completed', failed: 'Failed', cancelled: 'Cancelled' };
const TAGS = ['demo', 'maintenance', 'cron', 'ui'];
/** While a job on the page is running, the list follows it this often (live progress column). */
const LIVE_REFRESH_MS = 2_000;

export function JobsTable({ jobTypes, canWrite }: { jobTypes: readonly string[]; canWrite: boolean }) {
  const [starting, setStarting] = useState(false);
  const [live, setLive] = useState(false);
  const auto = useAutoRefresh();
  const filters: DataTableFilter[] = [
    { key: 'type', label: 'Type', options: jobTypes.map((t) => ({ value: t, label: t })) },
    { key: 'status', label: 'Status', options: jobStatuses.map((s) => ({ value: s, label: STATUS_LABELS[s] ?? s })) },
    { key: 'tag', label: 'Tag', options: TAGS.map((t) => ({ value: t, label: t })) },
  ];
  const list = useListQuery<JobListItem>({
    queryKey: jobKeys.all,
    endpoint: jobUrls.list,
    defaults: { sort: '-id' },
    filterKeys: filters.map((f) => f.key),
    refetchInterval: live ? LIVE_REFRESH_MS : auto.refetchInterval,
  });
  const active = list.items.some((j) => j.status === 'processing' || j.status === 'pending');
  if (active !== live) setLive(active);

  const startAction = canWrite ? [{ key: 'start-demo-job', label: 'Start demo job', onSelect: () => setStarting(true) }] : [];
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Jobs', href: '/jobs' }, { label: 'All jobs' }]} title="Jobs" description="Background work on the queue: progress, retries and failures." actions={startAction} />
      <div className="p-6">
        <DataTable
          label="Jobs"
          columns={columns}
          list={list}
          getRowId={(j) => String(j.id)}
          rowHref={(j) => `/jobs/${j.id}`}
          sortable={['id']}
          toolbar={{
            search: { placeholder: 'Job id or type…', label: 'Search jobs' },
            filters,
            autoRefresh: auto,
            actions: canWrite ? (
              <Button size="sm" onClick={() => setStarting(true)} data-testid="jobs-start-demo">
                Start demo job
              </Button>
            ) : undefined,
          }}
          empty={{
            title: 'No jobs yet',
            description: 'Jobs appear here when something is enqueued: an import, a scheduled maintenance run, or the demo job.',
            action: canWrite ? (
              <Button size="sm" onClick={() => setStarting(true)} data-testid="jobs-empty-start-demo">
                Start demo job
              </Button>
            ) : undefined,
          }}
        />
      </div>
      {canWrite ? <StartDemoJobDialog open={starting} onOpenChange={setStarting} /> : null}
    </>
  );
}
