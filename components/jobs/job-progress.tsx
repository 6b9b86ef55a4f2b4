'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Progress } from '@/components/ui/progress';
import { apiFetch } from '@/lib/api-client';
import type { JobProgress as JobProgressData, JobProgressView } from '@/lib/jobs/types';
import { cn } from '@/lib/utils';
import { jobKeys, jobUrls } from './api';
import { JobStatusBadge } from './job-status-badge';

/** The bar's value: 100 for a completed job, the reported percentage, or null (indeterminate). */
export function progressPercent(status: string, progress: JobProgressData | null): number | null {
  if (status === 'completed') return 100;
  return progress?.percent ?? null;
}

/** The bar alone, for table cells: no polling, the row's data. */
export function JobProgressBar({ jobId, status, progress, className }: { jobId: number; status: string; progress: JobProgressData | null; className?: string }) {
  const percent = progressPercent(status, progress);
  const idle = status === 'pending' && percent === null;
  return (
    <div className={cn('flex min-w-36 items-center gap-2', className)} data-testid={`job-progress-${jobId}`}>
      <Progress
        aria-label={`Job ${jobId} progress`}
        value={idle ? 0 : percent}
        className="h-1.5"
        indicatorClassName={cn(status === 'failed' && 'bg-destructive', status === 'cancelled' && 'bg-muted-foreground')}
      />
      <span className="w-9 text-right text-xs tabular-nums text-muted-foreground">{percent === null ? (status === 'processing' ? '…' : '—') : `${percent}%`}</span>
    </div>
  );
}

export type JobProgressProps = {
  jobId: number;
  /**
   * What to poll for this job's JobProgressView; the admin endpoint by default. A page of another
   * portal (a customer's import) passes its own endpoint with its own permission check.
   */
  endpoint?: string;
  /** Polling interval while the job is not finished (default 1 s). */
  intervalMs?: number;
  /** Called once when the job reaches a final state (completed, cancelled, failed for good). */
  onFinished?: (view: JobProgressView) => void;
  title?: string;
  className?: string;
};

/**
 * Follows one job: polls its progress every second while it runs (TanStack Query), shows the bar
 * with its percentage, the job's message and status, and stops polling once the job is finished.
 * Any page that starts a job (an import, an export) renders this with the returned job id.
 */
export function JobProgress({ jobId, endpoint, intervalMs = 1000, onFinished, title, className }: JobProgressProps) {
  const url = endpoint ?? jobUrls.progress(jobId);
  const query = useQuery({
    queryKey: jobKeys.progress(jobId, url),
    queryFn: ({ signal }) => apiFetch<JobProgressView>(url, { signal }),
    refetchInterval: (q) => (q.state.data?.finished ? false : intervalMs),
    staleTime: 0,
  });
  const view = query.data;
  const reported = useRef(false);
  useEffect(() => {
    if (!view) return;
    if (!view.finished) {
      // Retried: report the next finish too.
      reported.current = false;
    } else if (!reported.current) {
      reported.current = true;
      onFinished?.(view);
    }
  }, [view, onFinished]);

  const percent = view ? progressPercent(view.status, view.progress) : null;
  const labelId = `job-progress-label-${jobId}`;
  return (
    <div
      className={cn('grid gap-2 rounded-lg border bg-card p-4', className)}
      data-testid="job-progress"
      data-status={view?.status ?? 'loading'}
      data-finished={view?.finished ? 'true' : 'false'}
      aria-busy={!view}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id={labelId} className="text-sm font-medium">
          {title ?? `Job #${jobId}`}
        </span>
        {view ? <JobStatusBadge status={view.status} willRetry={view.willRetry} /> : null}
      </div>
      <Progress aria-labelledby={labelId} value={view?.status === 'pending' && percent === null ? 0 : percent} data-testid="job-progress-bar" />
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground" aria-live="polite">
        <span data-testid="job-progress-message">
          {query.isError ? `Could not load progress: ${query.error.message}` : (view?.progress?.message ?? (view ? statusText(view) : 'Loading…'))}
        </span>
        <span className="tabular-nums" data-testid="job-progress-percent">
          {`${percent === null ? '' : `${percent}%`}${view?.progress?.total != null ? ` · ${view.progress.done ?? 0} / ${view.progress.total}` : ''}`}
        </span>
      </div>
      {view && view.attempts > 1 && !view.finished ? (
        <p className="text-xs text-muted-foreground" data-testid="job-progress-attempt">
          {`Attempt ${view.attempts} of ${view.maxAttempts}`}
        </p>
      ) : null}
      {view?.status === 'failed' && view.lastError ? (
        <p className="text-xs text-destructive" data-testid="job-progress-error">
          {view.lastError}
        </p>
      ) : null}
    </div>
  );
}

function statusText(view: JobProgressView): string {
  switch (view.status) {
    case 'pending':
      return 'Waiting for a worker';
    case 'processing':
      return 'Running';
    case 'completed':
      return 'Completed';
    case 'cancelled':
      return 'Cancelled';
    default:
      return view.willRetry ? 'Failed; another attempt is scheduled' : 'Failed';
  }
}
