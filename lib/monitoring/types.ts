/**
 * The shapes System Status services return (JSON over the admin API): safe to import from client
 * components, which is why every import here is type-only.
 */
import type { AlertSeverity, AlertStatus } from '@/db/schema/monitoring';
import type { IntegrationHealthStatus } from '@/lib/integrations/health';
import type { OverallStatus } from './overall-status';

export type { AlertSeverity, AlertStatus };

export const alertStatusFilters = ['active', 'open', 'acknowledged', 'resolved'] as const;
export const alertSeverityValues = ['warning', 'critical'] as const;

/** A budget's state; no_data: nothing collected in its window. */
export type BudgetStatus = 'ok' | 'warning' | 'critical' | 'no_data';
export type HealthLevel = 'ok' | 'warning' | 'critical';

export type SloTile = {
  key: string;
  label: string;
  description: string;
  metric: string;
  series: string;
  unit: string;
  comparator: 'gt' | 'gte' | 'lt' | 'lte';
  aggregation: 'p95' | 'max' | 'avg' | 'latest';
  warnThreshold: number | null;
  criticalThreshold: number | null;
  windowMinutes: number;
  sustainedMinutes: number;
  /** Judged as the evaluator judges it (the budget's own window). */
  status: BudgetStatus;
  value: number | null;
  /** The same aggregation over the last 5 and 15 minutes. */
  value5m: number | null;
  value15m: number | null;
  /** The most recent minute's value. */
  latest: number | null;
};

export type ModuleHealth = {
  key: string;
  label: string;
  description: string;
  routes: string[];
  apiPrefix: string;
  jobTypes: string[];
  integrations: string[];
  health: HealthLevel;
  /** Why the module is not ok (empty when it is). */
  reasons: string[];
  /** The last 15 minutes. */
  requests: number;
  serverErrors: number;
  listP95Ms: number | null;
  detailP95Ms: number | null;
};

export type SlowQueriesView =
  | { available: false; reason: string }
  | { available: true; thresholdMs: number; count: number; top: Array<{ query: string; calls: number; meanMs: number; maxMs: number }> };

export type SystemStatus = {
  generatedAt: string;
  /** The latest minute the collector wrote (null: never). */
  lastCollectedAt: string | null;
  /** No collection for more than 3 minutes: the worker or its schedule is down. */
  collectorStale: boolean;
  tiles: SloTile[];
  modules: ModuleHealth[];
  alerts: { active: number; critical: number; warning: number };
  /** The worst of the active alerts and the modules: what the header shows (lib/monitoring/overall-status.ts). */
  overall: OverallStatus;
  database: {
    connections: { total: number; active: number; idle: number; idleInTransaction: number; maxConnections: number; utilizationPct: number } | null;
    slowQueries: SlowQueriesView;
  };
};

/** What anyone may know (GET /api/status): the overall level alone, without alert or module names. */
export type PlatformStatus = { level: HealthLevel };

export const seriesRanges = ['1h', '6h', '24h'] as const;
export type SeriesRange = (typeof seriesRanges)[number];

/** Dense, aligned series: values[i] belongs to minutes[i]; null where nothing was collected. */
export type MetricSeries = {
  range: SeriesRange;
  from: string;
  to: string;
  stepSeconds: number;
  minutes: string[];
  series: Array<{ id: string; metric: string; series: string; values: Array<number | null> }>;
};

export type AlertItem = {
  id: string;
  key: string;
  severity: AlertSeverity;
  status: AlertStatus;
  title: string;
  message: string;
  unit: string;
  value: number;
  threshold: number;
  windowMinutes: number;
  firstSeenAt: string;
  lastSeenAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  /** Null on a resolved alert: resolved automatically (back within budget). */
  resolvedBy: string | null;
};

export type NotificationItem = {
  id: string;
  severity: 'info' | 'warning' | 'critical';
  title: string;
  body: string;
  href: string | null;
  createdAt: string;
  read: boolean;
};

export type NotificationList = { items: NotificationItem[]; unread: number };

export type IntegrationStatusItem = {
  key: string;
  label: string;
  description: string;
  configured: boolean;
  usesFake: boolean;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  calls: number;
  failures: number;
  p50Ms: number | null;
  p95Ms: number | null;
  status: IntegrationHealthStatus;
};

export type ConnectionTestView = { integration: string; ok: boolean; latencyMs: number; error: string | null; usesFake: boolean };
