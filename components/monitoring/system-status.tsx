'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { AutoRefreshToggle, RefreshButton, useAutoRefresh } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import { seriesRanges, type AlertItem, type MetricSeries, type SeriesRange, type SloTile, type SystemStatus } from '@/lib/monitoring/types';
import { AlertActions } from './alert-actions';
import { monitoringUrls, systemKeys } from './api';
import { formatAgo, formatMetric } from './format';
import { MetricChart, type ChartBudget, type ChartLine } from './metric-chart';
import { ModuleTable } from './module-table';
import { SloTiles } from './slo-tiles';
import { AlertStatusBadge, SeverityBadge } from './status-badges';

type ChartSpec = { key: string; title: string; description: string; unit: string; lines: ChartLine[]; budgetKeys: Array<{ key: string; label: string }> };

const CHARTS: ChartSpec[] = [
  {
    key: 'api',
    title: 'API latency (p95)',
    description: 'List and detail endpoints, per minute, from the route wrapper.',
    unit: 'ms',
    lines: [
      { id: 'api.p95_ms|kind=list', label: 'List', color: 'var(--chart-1)' },
      { id: 'api.p95_ms|kind=detail', label: 'Detail', color: 'var(--chart-2)' },
    ],
    budgetKeys: [
      { key: 'api.list.p95', label: 'List budget' },
      { key: 'api.detail.p95', label: 'Detail budget' },
    ],
  },
  {
    key: 'db',
    title: 'Database latency',
    description: 'Round trip of the collector’s probe queries (p95 and median of the minute).',
    unit: 'ms',
    lines: [
      { id: 'db.latency_ms', label: 'p95', color: 'var(--chart-1)' },
      { id: 'db.latency_p50_ms', label: 'Median', color: 'var(--chart-3)' },
    ],
    budgetKeys: [{ key: 'db.query.p95', label: 'Budget' }],
  },
  {
    key: 'redis',
    title: 'Redis latency',
    description: 'PING round trip (p95 of three per minute).',
    unit: 'ms',
    lines: [{ id: 'redis.latency_ms', label: 'Redis', color: 'var(--chart-4)' }],
    budgetKeys: [{ key: 'redis.p95', label: 'Warning' }],
  },
  {
    key: 'r2',
    title: 'R2 latency',
    description: 'Object storage probe (HeadBucket) through the integration wrapper.',
    unit: 'ms',
    lines: [{ id: 'r2.latency_ms', label: 'R2', color: 'var(--chart-5)' }],
    budgetKeys: [{ key: 'r2.p95', label: 'Warning' }],
  },
  {
    key: 'queue',
    title: 'Job queue',
    description: 'Runnable jobs waiting, jobs running, and running jobs without a heartbeat.',
    unit: 'jobs',
    lines: [
      { id: 'jobs.backlog', label: 'Backlog', color: 'var(--chart-1)' },
      { id: 'jobs.processing', label: 'Running', color: 'var(--chart-2)' },
      { id: 'jobs.stuck', label: 'Stuck', color: 'var(--chart-5)' },
    ],
    budgetKeys: [{ key: 'jobs.backlog', label: 'Backlog warning' }],
  },
];

const RANGE_LABEL: Record<SeriesRange, string> = { '1h': 'Last hour', '6h': 'Last 6 hours', '24h': 'Last 24 hours' };
const ALL_LINES = [...new Set(CHARTS.flatMap((c) => c.lines.map((l) => l.id)))];

function budgetsOf(spec: ChartSpec, tiles: SloTile[] | undefined): ChartBudget[] {
  return spec.budgetKeys.flatMap(({ key, label }) => {
    const t = tiles?.find((x) => x.key === key);
    const value = t?.warnThreshold ?? t?.criticalThreshold;
    return value == null ? [] : [{ label: `${label} ${formatMetric(value, t!.unit)}`, value }];
  });
}

function ActiveAlerts({ alerts, canWrite }: { alerts: AlertItem[]; canWrite: boolean }) {
  if (alerts.length === 0) {
    return <EmptyState size="sm" title="No active alerts" description="Every budget is met, or the breach has not lasted its window yet." data-testid="no-active-alerts" />;
  }
  return (
    <ul className="divide-y" data-testid="active-alerts">
      {alerts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid={`active-alert-${a.key}`}>
          <div className="grid min-w-0 gap-1">
            <span className="flex flex-wrap items-center gap-2">
              <SeverityBadge severity={a.severity} />
              <AlertStatusBadge status={a.status} />
              <span className="font-medium">{a.title}</span>
            </span>
            <p className="text-sm text-muted-foreground">{a.message}</p>
            <p className="text-xs text-muted-foreground">
              Since {formatAgo(a.firstSeenAt)} · last seen {formatAgo(a.lastSeenAt)}
            </p>
          </div>
          {canWrite ? <AlertActions alert={a} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** System Status: budget tiles, charts, active alerts, module health and database figures. */
export function SystemStatusView({ canWrite }: { canWrite: boolean }) {
  const auto = useAutoRefresh();
  const [range, setRange] = useState<SeriesRange>('1h');
  const status = useQuery({
    queryKey: systemKeys.status,
    queryFn: ({ signal }) => apiFetch<SystemStatus>(monitoringUrls.systemStatus, { signal }),
    refetchInterval: auto.refetchInterval,
  });
  const series = useQuery({
    queryKey: systemKeys.series(range),
    queryFn: ({ signal }) => apiFetch<MetricSeries>(monitoringUrls.series(range, ALL_LINES), { signal }),
    refetchInterval: auto.refetchInterval,
  });
  const alerts = useQuery({
    queryKey: systemKeys.activeAlerts,
    queryFn: ({ signal }) => apiFetch<{ items: AlertItem[] }>(monitoringUrls.activeAlerts, { signal }),
    refetchInterval: auto.refetchInterval,
  });
  const data = status.data;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'System', href: '/system' }, { label: 'Status' }]}
        title="System Status"
        description="The platform against its budgets, module by module. Metrics are collected every minute."
        extra={
          <>
            <AutoRefreshToggle {...auto} />
            <RefreshButton queries={[status, series, alerts]} />
          </>
        }
      />
      <div className="grid gap-6 p-4 md:p-6">
        {status.isError ? (
          <ErrorState title="Could not load System Status" message={status.error.message} onRetry={() => void status.refetch()} retrying={status.isFetching} />
        ) : (
          <>
            {data?.collectorStale ? (
              <div role="status" className="rounded-lg border border-warning bg-card p-3 text-sm" data-testid="collector-stale">
                <span className="font-medium">Metrics are not current.</span> The last collection was {formatAgo(data.lastCollectedAt)}: is the worker (monitoring.collect) running?
              </div>
            ) : null}
            <section aria-labelledby="budgets-heading" className="grid gap-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="budgets-heading" className="text-base font-semibold">
                  Budgets
                </h2>
                <span className="text-xs text-muted-foreground" data-testid="last-collected">
                  Last collected {formatAgo(data?.lastCollectedAt)}
                </span>
              </div>
              <SloTiles tiles={data?.tiles} />
            </section>

            <section aria-labelledby="alerts-heading" className="grid gap-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="alerts-heading" className="text-base font-semibold">
                  Active alerts {data ? <span className="text-sm font-normal text-muted-foreground">({data.alerts.active})</span> : null}
                </h2>
                <Link href="/system/alerts" className="text-sm text-primary underline-offset-4 hover:underline" data-testid="all-alerts-link">
                  All alerts
                </Link>
              </div>
              <Card className="py-0">
                <CardContent>
                  {alerts.isError ? (
                    <ErrorState size="sm" title="Could not load the alerts" message={alerts.error.message} onRetry={() => void alerts.refetch()} retrying={alerts.isFetching} />
                  ) : alerts.data ? (
                    <ActiveAlerts alerts={alerts.data.items} canWrite={canWrite} />
                  ) : (
                    <Skeleton className="my-4 h-12" />
                  )}
                </CardContent>
              </Card>
            </section>

            <section aria-labelledby="charts-heading" className="grid gap-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 id="charts-heading" className="text-base font-semibold">
                  Trends
                </h2>
                <Select value={range} onValueChange={(v) => setRange(v as SeriesRange)}>
                  <SelectTrigger size="sm" aria-label="Chart range" data-testid="chart-range" className="w-40">
                    <SelectValue>{RANGE_LABEL[range]}</SelectValue>
                  </SelectTrigger>
                  <SelectContent>
                    {seriesRanges.map((r) => (
                      <SelectItem key={r} value={r} data-testid={`chart-range-${r}`}>
                        {RANGE_LABEL[r]}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </div>
              {series.isError ? (
                <ErrorState size="sm" title="Could not load the charts" message={series.error.message} onRetry={() => void series.refetch()} retrying={series.isFetching} />
              ) : (
                <div className="grid gap-4 lg:grid-cols-2" data-testid="charts">
                  {CHARTS.map((c) => (
                    <MetricChart
                      key={c.key}
                      title={c.title}
                      description={c.description}
                      unit={c.unit}
                      lines={c.lines}
                      budgets={budgetsOf(c, data?.tiles)}
                      data={series.data}
                      loading={series.isLoading}
                      data-testid={`chart-${c.key}`}
                    />
                  ))}
                </div>
              )}
            </section>

            <section aria-labelledby="modules-heading" className="grid gap-3">
              <h2 id="modules-heading" className="text-base font-semibold">
                Modules
              </h2>
              {data ? <ModuleTable modules={data.modules} /> : <Skeleton className="h-48" />}
            </section>

            <section aria-labelledby="database-heading" className="grid gap-3">
              <h2 id="database-heading" className="text-base font-semibold">
                Database
              </h2>
              <div className="grid gap-4 md:grid-cols-2">
                <Card data-testid="db-connections">
                  <CardHeader>
                    <CardTitle>Connections</CardTitle>
                    <CardDescription>Every process of the app (application name didtron-*), as PostgreSQL sees them.</CardDescription>
                  </CardHeader>
                  <CardContent>
                    {data?.database.connections ? (
                      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                        <div>
                          <dt className="text-xs text-muted-foreground">Open</dt>
                          <dd className="tabular-nums">{data.database.connections.total}</dd>
                        </div>
                        <div>
                          <dt className="text-xs text-muted-foreground">Active</dt>
                          <dd className="tabular-nums">{data.database.connections.active}</dd>
                        </div>
                        <div>
                          <dt className="text-xs text-muted-foreground">Idle in transaction</dt>
                          <dd className="tabular-nums">{data.database.connections.idleInTransaction}</dd>
                        </div>
                        <div>
                          <dt className="text-xs text-muted-foreground">Of max_connections</dt>
                          <dd className="tabular-nums">
                            {data.database.connections.utilizationPct} % of {data.database.connections.maxConnections}
                          </dd>
                        </div>
                      </dl>
                    ) : data ? (
                      <p className="text-sm text-muted-foreground">Not available.</p>
                    ) : (
                      <Skeleton className="h-10" />
                    )}
                  </CardContent>
                </Card>
                <Card data-testid="db-slow-queries">
                  <CardHeader>
                    <CardTitle>Slow queries</CardTitle>
                    <CardDescription>Statements slower than their budget on average, from pg_stat_statements.</CardDescription>
                  </CardHeader>
                  <CardContent>
                    {!data ? (
                      <Skeleton className="h-10" />
                    ) : !data.database.slowQueries.available ? (
                      <p className="text-sm text-muted-foreground" data-testid="slow-queries-unavailable">
                        Unavailable: {data.database.slowQueries.reason}. The database figure above is the p95 of the collector’s own probe queries.
                      </p>
                    ) : data.database.slowQueries.top.length === 0 ? (
                      <p className="text-sm text-muted-foreground">No statement averages more than {data.database.slowQueries.thresholdMs} ms.</p>
                    ) : (
                      <ul className="grid gap-2 text-xs">
                        {data.database.slowQueries.top.map((q) => (
                          <li key={q.query} className="grid gap-0.5">
                            <code className="truncate">{q.query}</code>
                            <span className="text-muted-foreground">
                              {q.calls.toLocaleString('en-US')} calls · mean {formatMetric(q.meanMs, 'ms')} · max {formatMetric(q.maxMs, 'ms')}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </CardContent>
                </Card>
              </div>
            </section>
          </>
        )}
      </div>
    </>
  );
}
