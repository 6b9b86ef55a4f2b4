'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { AutoRefreshToggle, RefreshButton, useAutoRefresh } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { apiFetch } from '@/lib/api-client';
import type { ScheduleItem } from '@/lib/jobs/types';
import { jobKeys, jobUrls } from './api';
import { formatUtc } from './format';
import { JobStatusBadge } from './job-status-badge';

const OUTCOME: Record<string, { variant: 'success' | 'secondary' | 'outline'; label: string }> = {
  enqueued: { variant: 'success', label: 'Enqueued' },
  duplicate: { variant: 'secondary', label: 'Already enqueued' },
  locked: { variant: 'outline', label: 'Skipped (locked)' },
};

/** The catalog's scheduled jobs: cron expression (UTC), next fire time, and the last cron request. */
export function SchedulesTable() {
  const auto = useAutoRefresh();
  const query = useQuery({
    queryKey: jobKeys.schedules,
    queryFn: ({ signal }) => apiFetch<{ items: ScheduleItem[] }>(jobUrls.schedules, { signal }),
    refetchInterval: auto.refetchInterval,
  });
  const items = query.data?.items;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Jobs', href: '/jobs' }, { label: 'Schedules' }]}
        title="Schedules"
        description="Scheduled jobs: QStash (or the local scheduler) calls each endpoint on its cron schedule, in UTC."
        extra={
          <>
            <AutoRefreshToggle {...auto} />
            <RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />
          </>
        }
      />
      <div className="p-6">
        {query.isError ? (
          <ErrorState title="Could not load the schedules" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <div className="rounded-lg border bg-card" role="region" aria-label="Schedules" tabIndex={0}>
            <Table aria-label="Schedules" aria-busy={query.isFetching} data-testid="schedules-table">
              <TableHeader className="bg-muted">
                <TableRow>
                  <TableHead scope="col">Job</TableHead>
                  <TableHead scope="col">Schedule (UTC)</TableHead>
                  <TableHead scope="col">Next run</TableHead>
                  <TableHead scope="col">Last run</TableHead>
                  <TableHead scope="col">Endpoint</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {!items
                  ? Array.from({ length: 4 }, (_, i) => (
                      <TableRow key={i} data-testid="row-skeleton">
                        {Array.from({ length: 5 }, (_, j) => (
                          <TableCell key={j}>
                            <Skeleton className="h-4 w-32" />
                          </TableCell>
                        ))}
                      </TableRow>
                    ))
                  : items.map((s) => (
                      <TableRow key={s.type} data-testid={`schedule-${s.type}`}>
                        <TableCell className="whitespace-normal">
                          <code className="text-xs font-medium">{s.type}</code>
                          <p className="max-w-sm text-xs text-muted-foreground">{s.description}</p>
                        </TableCell>
                        <TableCell>
                          <code className="text-xs">{s.schedule}</code>
                        </TableCell>
                        <TableCell className="tabular-nums" data-testid={`schedule-next-${s.type}`}>
                          {formatUtc(s.nextRunAt)}
                        </TableCell>
                        <TableCell data-testid={`schedule-last-${s.type}`}>
                          {s.lastRun ? (
                            <div className="grid gap-1">
                              <span className="tabular-nums">{formatUtc(s.lastRun.requestedAt)}</span>
                              <span className="flex flex-wrap items-center gap-1 text-xs">
                                <Badge variant={OUTCOME[s.lastRun.outcome]?.variant ?? 'outline'}>{OUTCOME[s.lastRun.outcome]?.label ?? s.lastRun.outcome}</Badge>
                                <span className="text-muted-foreground">via {s.lastRun.source === 'qstash' ? 'QStash' : 'cron secret'}</span>
                                {s.lastRun.jobId ? (
                                  <Link href={`/jobs/${s.lastRun.jobId}`} className="underline-offset-4 hover:underline" data-testid={`schedule-job-${s.type}`}>
                                    #{s.lastRun.jobId}
                                  </Link>
                                ) : null}
                                {s.lastRun.jobStatus ? <JobStatusBadge status={s.lastRun.jobStatus} /> : null}
                              </span>
                            </div>
                          ) : (
                            <span className="text-muted-foreground">Never</span>
                          )}
                        </TableCell>
                        <TableCell>
                          <code className="text-xs">{s.endpoint}</code>
                        </TableCell>
                      </TableRow>
                    ))}
              </TableBody>
            </Table>
            {items && items.length === 0 ? <EmptyState size="sm" title="No scheduled jobs" description="Give a job a schedule in its domain's jobs.ts (lib/<domain>/jobs.ts) to see it here." /> : null}
          </div>
        )}
      </div>
    </>
  );
}
