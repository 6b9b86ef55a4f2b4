'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AutoRefreshToggle, RefreshButton, useAutoRefresh } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { apiFetch } from '@/lib/api-client';
import type { ConnectionTestView, IntegrationStatusItem } from '@/lib/monitoring/types';
import { integrationKeys, monitoringUrls } from './api';
import { formatAgo, formatMetric } from './format';
import { IntegrationStatusBadge } from './status-badges';

function Figure({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

type TestState = { running: boolean; result?: ConnectionTestView; error?: string };

function IntegrationCard({ item, canTest }: { item: IntegrationStatusItem; canTest: boolean }) {
  const queryClient = useQueryClient();
  const [test, setTest] = useState<TestState>({ running: false });
  const runTest = async () => {
    setTest({ running: true });
    try {
      const result = await apiFetch<ConnectionTestView>(monitoringUrls.integrationTest(item.key), { method: 'POST' });
      setTest({ running: false, result });
    } catch (error) {
      setTest({ running: false, error: error instanceof Error ? error.message : 'The test could not run' });
    } finally {
      await queryClient.invalidateQueries({ queryKey: integrationKeys.all });
    }
  };
  return (
    <Card data-testid={`integration-${item.key}`}>
      <CardHeader>
        <CardTitle>
          <h2 className="text-sm font-semibold">{item.label}</h2>
        </CardTitle>
        <CardDescription>{item.description}</CardDescription>
        <CardAction>
          <IntegrationStatusBadge status={item.status} />
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap gap-2">
          <Badge variant={item.configured ? 'secondary' : 'destructive'} data-testid={`integration-configured-${item.key}`}>
            {item.configured ? 'Configured' : 'Not configured'}
          </Badge>
          {item.usesFake ? (
            <Badge variant="info" data-testid={`integration-fake-${item.key}`}>
              Local fake server
            </Badge>
          ) : null}
        </div>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
          <Figure label="Last success" testId={`integration-last-success-${item.key}`}>
            {formatAgo(item.lastSuccessAt)}
          </Figure>
          <Figure label="Last failure">{formatAgo(item.lastFailureAt)}</Figure>
          <Figure label="Calls / failures (15 min)">
            {item.calls} / {item.failures}
          </Figure>
          <Figure label="p50 (15 min)">{formatMetric(item.p50Ms, 'ms')}</Figure>
          <Figure label="p95 (15 min)">{formatMetric(item.p95Ms, 'ms')}</Figure>
        </dl>
        {item.lastError ? (
          <p className="break-words rounded-md bg-muted p-2 text-xs" data-testid={`integration-last-error-${item.key}`}>
            <span className="font-medium">Last error:</span> {item.lastError}
          </p>
        ) : null}
      </CardContent>
      {canTest ? (
        <CardFooter className="flex flex-wrap items-center gap-3 border-t">
          <Button type="button" variant="outline" size="sm" onClick={() => void runTest()} disabled={test.running} data-testid={`integration-test-${item.key}`}>
            {test.running ? <Spinner className="size-4" /> : null}
            Test connection
          </Button>
          <p role="status" className="text-sm" data-testid={`integration-test-result-${item.key}`} data-ok={test.result ? String(test.result.ok) : undefined}>
            {test.result ? (
              test.result.ok ? (
                <span>
                  <span className="font-medium text-success">Connection OK</span> in {test.result.latencyMs} ms
                </span>
              ) : (
                <span>
                  <span className="font-medium text-destructive">Failed</span> after {test.result.latencyMs} ms: {test.result.error}
                </span>
              )
            ) : test.error ? (
              <span className="text-destructive">{test.error}</span>
            ) : null}
          </p>
        </CardFooter>
      ) : null}
    </Card>
  );
}

/** One card per external system: configuration, fake in use, last success/failure, 15-minute figures, connection test. */
export function IntegrationsPanel({ canTest }: { canTest: boolean }) {
  const auto = useAutoRefresh();
  const query = useQuery({
    queryKey: integrationKeys.all,
    queryFn: ({ signal }) => apiFetch<{ items: IntegrationStatusItem[] }>(monitoringUrls.integrations, { signal }),
    refetchInterval: auto.refetchInterval,
  });
  const items = query.data?.items;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'System', href: '/system' }, { label: 'Integrations' }]}
        title="Integrations"
        description="Every external system: is it configured, is a local fake in use, and how its calls went in the last 15 minutes."
        extra={
          <>
            <AutoRefreshToggle {...auto} />
            <RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />
          </>
        }
      />
      <div className="p-4 md:p-6">
        {query.isError ? (
          <ErrorState title="Could not load the integrations" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : !items ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <Skeleton className="h-64" />
            <Skeleton className="h-64" />
          </div>
        ) : items.length === 0 ? (
          <EmptyState title="No integrations registered" description="Add one to lib/integrations/registry.ts to see it here." />
        ) : (
          <div className="grid gap-4 lg:grid-cols-2" data-testid="integrations">
            {items.map((item) => (
              <IntegrationCard key={item.key} item={item} canTest={canTest} />
            ))}
          </div>
        )}
      </div>
    </>
  );
}
