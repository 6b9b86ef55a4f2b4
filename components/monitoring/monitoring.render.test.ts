import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MetricSeries, ModuleHealth, NotificationList, SloTile } from '@/lib/monitoring/types';
import { formatAgo, formatBudget, formatMetric } from './format';
import { budgetLabelPositions, MetricChart } from './metric-chart';
import { emptyAlertsText } from './notifications-bell';
import { ModuleTable } from './module-table';
import { NotificationsBell } from './notifications-bell';
import { SloTiles } from './slo-tiles';

const tile = (over: Partial<SloTile>): SloTile => ({
  key: 'api.list.p95',
  label: 'API list p95',
  description: '',
  metric: 'api.p95_ms',
  series: 'kind=list',
  unit: 'ms',
  comparator: 'gt',
  aggregation: 'p95',
  warnThreshold: 120,
  criticalThreshold: 240,
  windowMinutes: 5,
  sustainedMinutes: 0,
  status: 'ok',
  value: 42,
  value5m: 42,
  value15m: 40.25,
  latest: 38,
  ...over,
});

describe('SloTiles', () => {
  it('shows each budget with its status, value and budget, and the 5/15-minute figures', () => {
    const html = renderToString(
      h(SloTiles, {
        tiles: [tile({}), tile({ key: 'jobs.backlog', label: 'Job backlog', unit: 'jobs', status: 'warning', value: 812, warnThreshold: 500, criticalThreshold: null, sustainedMinutes: 15, windowMinutes: 15 })],
      }),
    );
    expect(html).toContain('data-testid="slo-tile-api.list.p95"');
    expect(html).toMatch(/data-testid="slo-tile-jobs.backlog"[^>]*data-status="warning"|data-status="warning"[^>]*data-testid="slo-tile-jobs.backlog"/);
    expect(html).toContain('42 ms');
    expect(html).toContain('≤ 120 ms');
    expect(html).toContain('40.3 ms');
    expect(html).toContain('Within budget');
    expect(html).toContain('for 15 min in a row');
    expect(html).toContain('812 jobs');
    expect(html).toContain('aria-label="Service-level budgets"');
  });

  it('shows skeletons while loading', () => {
    expect(renderToString(h(SloTiles, { tiles: undefined }))).toContain('data-testid="slo-tiles-loading"');
  });
});

describe('MetricChart', () => {
  const data: MetricSeries = {
    range: '1h',
    from: '2030-01-01T00:00:00.000Z',
    to: '2030-01-01T00:03:00.000Z',
    stepSeconds: 60,
    minutes: ['2030-01-01T00:01:00.000Z', '2030-01-01T00:02:00.000Z', '2030-01-01T00:03:00.000Z'],
    series: [
      { id: 'api.p95_ms|kind=list', metric: 'api.p95_ms', series: 'kind=list', values: [30, 90, null] },
      { id: 'api.p95_ms|kind=detail', metric: 'api.p95_ms', series: 'kind=detail', values: [null, null, null] },
    ],
  };
  const lines = [
    { id: 'api.p95_ms|kind=list', label: 'List', color: 'var(--chart-1)' },
    { id: 'api.p95_ms|kind=detail', label: 'Detail', color: 'var(--chart-2)' },
  ];

  it('is a figure named by its heading and described by a text summary of every line', () => {
    const html = renderToString(h(MetricChart, { title: 'API latency (p95)', description: 'd', unit: 'ms', lines, data, loading: false, 'data-testid': 'chart-api' }));
    expect(html).toMatch(/<figure[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
    expect(html).toContain('<h3');
    expect(html).toContain('List: latest 90 ms, min 30 ms, max 90 ms; Detail: no data');
    expect(html).toContain('data-testid="chart-api-table-toggle"');
    expect(html).toContain('aria-pressed="false"');
  });

  it('labels close budget lines on opposite sides of their lines, and lists the budgets in words', () => {
    const budgets = [
      { label: 'List budget 120 ms', value: 120 },
      { label: 'Detail budget 180 ms', value: 180 },
    ];
    // The higher budget's label sits above its line, the lower one's below its own: they move apart.
    expect(budgetLabelPositions(budgets)).toEqual(['insideBottomRight', 'insideTopRight']);
    expect(new Set(budgetLabelPositions([...budgets, { label: 'c', value: 150 }, { label: 'd', value: 10 }])).size).toBe(4);
    expect(budgetLabelPositions([{ label: 'Budget 60 ms', value: 60 }])).toEqual(['insideTopRight']);
    const html = renderToString(h(MetricChart, { title: 'API latency (p95)', description: 'd', unit: 'ms', lines, budgets, data, loading: false, 'data-testid': 'chart-api' }));
    expect(html).toMatch(/data-testid="chart-api-budgets"[^>]*>.*List budget 120 ms.*Detail budget 180 ms/);
  });

  it('says so when nothing was collected, and shows a skeleton while loading', () => {
    const empty = { ...data, series: data.series.map((s) => ({ ...s, values: [null, null, null] })) };
    expect(renderToString(h(MetricChart, { title: 't', description: 'd', unit: 'ms', lines, data: empty, loading: false, 'data-testid': 'c' }))).toContain('data-testid="c-empty"');
    expect(renderToString(h(MetricChart, { title: 't', description: 'd', unit: 'ms', lines, data: undefined, loading: true, 'data-testid': 'c' }))).toContain('Loading');
  });
});

describe('ModuleTable', () => {
  it('lists each module with its health badge and the reasons it is not healthy', () => {
    const m = (over: Partial<ModuleHealth>): ModuleHealth => ({
      key: 'tenants',
      label: 'Tenants',
      description: '',
      routes: ['/tenants'],
      apiPrefix: '/api/admin/tenants',
      jobTypes: [],
      integrations: [],
      health: 'ok',
      reasons: [],
      requests: 1200,
      serverErrors: 0,
      listP95Ms: 35,
      detailP95Ms: null,
      ...over,
    });
    const html = renderToString(h(ModuleTable, { modules: [m({}), m({ key: 'system', label: 'System Status', health: 'critical', reasons: ['Cloudflare R2 is failing: timeout'], jobTypes: ['monitoring.collect'] })] }));
    expect(html).toContain('data-testid="module-row-tenants"');
    expect(html).toContain('data-health="critical"');
    expect(html).toContain('Cloudflare R2 is failing: timeout');
    expect(html).toContain('1,200');
    expect(html).toContain('35 ms / —');
    expect(html).toContain('href="/tenants"');
  });
});

describe('NotificationsBell', () => {
  it('names the bell with the unread count, and never fetches when disabled', () => {
    const client = new QueryClient();
    const list: NotificationList = { items: [], unread: 3 };
    client.setQueryData(['notifications'], list);
    const on = renderToString(h(QueryClientProvider, { client }, h(NotificationsBell, { enabled: true })));
    expect(on).toContain('aria-label="Alerts, 3 unread"');
    expect(on).toContain('data-testid="alerts-bell"');
    expect(on).toContain('data-testid="alerts-unread"');
    const off = renderToString(h(QueryClientProvider, { client }, h(NotificationsBell, { enabled: false })));
    expect(off).toContain('aria-label="Alerts"');
    expect(off).not.toContain('alerts-unread');
  });
});

describe('format helpers', () => {
  it('formats values, budgets and ages', () => {
    expect(formatMetric(null, 'ms')).toBe('—');
    expect(formatMetric(1234.5, 'ms')).toBe('1,235 ms');
    expect(formatMetric(2.345, 'min')).toBe('2.3 min');
    expect(formatBudget({ comparator: 'gte', warnThreshold: 3, criticalThreshold: 10, unit: 'min', sustainedMinutes: 0 })).toBe('< 3 min');
    expect(formatAgo(null)).toBe('never');
    expect(formatAgo('2030-01-01T00:00:00Z', Date.parse('2030-01-01T00:05:00Z'))).toBe('5 min ago');
  });
});

describe('the alerts bell when empty', () => {
  it('mentions System Status only to staff who can open it', () => {
    expect(emptyAlertsText(true)).toContain('System Status');
    expect(emptyAlertsText(false)).toBe('No alerts.');
  });
});
