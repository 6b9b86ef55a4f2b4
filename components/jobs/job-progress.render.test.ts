import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { JobProgressView } from '@/lib/jobs/types';
import { JobProgress, JobProgressBar, progressPercent } from './job-progress';

/** The markup contract of the progress component (e2e tests and screen readers rely on it). */
function renderWith(view: JobProgressView | undefined, props: { endpoint?: string } = {}) {
  const client = new QueryClient();
  const endpoint = props.endpoint ?? `/api/admin/jobs/${view?.id ?? 7}/progress`;
  if (view) client.setQueryData(['jobs', view.id, 'progress', endpoint], view);
  return renderToString(h(QueryClientProvider, { client }, h(JobProgress, { jobId: view?.id ?? 7, endpoint: props.endpoint })));
}

const running: JobProgressView = {
  id: 7,
  type: 'demo.long',
  status: 'processing',
  willRetry: false,
  attempts: 2,
  maxAttempts: 3,
  lastError: null,
  finished: false,
  progress: { done: 150, total: 200, percent: 75, message: 'Batch 15 of 20', updatedAt: null, source: 'live' },
};

describe('JobProgress', () => {
  it('shows a running job: labelled bar with aria-valuenow, percentage, message, status and attempt', () => {
    const html = renderWith(running);
    expect(html).toContain('data-testid="job-progress"');
    expect(html).toContain('data-status="processing"');
    expect(html).toContain('data-finished="false"');
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="75"|aria-valuenow="75"[^>]*role="progressbar"/);
    expect(html).toContain('aria-labelledby="job-progress-label-7"');
    expect(html).toContain('Batch 15 of 20');
    expect(html).toContain('75%');
    expect(html).toContain('150 / 200');
    expect(html).toContain('Running');
    expect(html).toContain('Attempt 2 of 3');
  });

  it('shows a completed job at 100 % even without reported progress, and a failed one with its error', () => {
    const done = renderWith({ ...running, status: 'completed', finished: true, attempts: 1, progress: null });
    expect(done).toContain('aria-valuenow="100"');
    expect(done).toContain('data-finished="true"');
    expect(done).not.toContain('Attempt');
    const failed = renderWith({ ...running, status: 'failed', finished: true, attempts: 3, lastError: 'Poison job (attempt 3): boom', progress: null });
    expect(failed).toContain('data-testid="job-progress-error"');
    expect(failed).toContain('Poison job (attempt 3): boom');
    expect(failed).toContain('data-status="failed"');
    const retrying = renderWith({ ...running, status: 'failed', willRetry: true, lastError: 'x' });
    expect(retrying).toContain('Retry scheduled');
  });

  it('renders a loading state before the first answer, from any endpoint', () => {
    const html = renderWith(undefined, { endpoint: '/api/portal/imports/7/progress' });
    expect(html).toContain('data-status="loading"');
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('aria-valuenow');
  });

  it('draws the compact bar for table rows', () => {
    const bar = renderToString(h(JobProgressBar, { jobId: 9, status: 'processing', progress: running.progress }));
    expect(bar).toContain('data-testid="job-progress-9"');
    expect(bar).toContain('aria-label="Job 9 progress"');
    expect(bar).toContain('aria-valuenow="75"');
    expect(progressPercent('completed', null)).toBe(100);
    expect(progressPercent('processing', null)).toBeNull();
    expect(progressPercent('pending', { ...running.progress!, percent: 10 })).toBe(10);
  });
});
