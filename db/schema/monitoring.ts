import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { tenants } from './tenancy';

/*
 * System Status (lib/monitoring). Platform infrastructure without tenant_id, except the in-app
 * notifications, which belong to the tenant whose users read them (RLS applies).
 *
 * The two time-series tables are keyed by their natural key instead of id(): one row per
 * (endpoint, minute) or (metric, series, minute) IS the idempotency rule (a re-run upserts the same
 * row), and the key's index serves every read (a range of minutes of one series).
 */

export const endpointKinds = ['list', 'detail', 'write', 'other'] as const;
export type EndpointKind = (typeof endpointKinds)[number];

/**
 * API latency per endpoint and minute, merged from every web process by the route wrapper's
 * recorder (lib/monitoring/api-samples.ts). `buckets` is a fixed-boundary latency histogram
 * (LATENCY_BUCKETS_MS in lib/monitoring/histogram.ts): histograms add up across processes and
 * minutes, so a p95 over any window stays a true p95 of the requests, not an average of p95s.
 */
export const apiLatencyMinute = pgTable(
  'api_latency_minute',
  {
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    endpoint: text('endpoint').notNull(),
    kind: text('kind', { enum: endpointKinds }).notNull(),
    requests: integer('requests').notNull(),
    clientErrors: integer('client_errors').notNull().default(0),
    serverErrors: integer('server_errors').notNull().default(0),
    totalMs: doublePrecision('total_ms').notNull(),
    maxMs: doublePrecision('max_ms').notNull(),
    buckets: integer('buckets').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.minute, t.endpoint, t.kind], name: 'api_latency_minute_pkey' }), index('api_latency_minute_kind_idx').on(t.kind, t.minute)],
);

/**
 * One value per metric, series and minute, written by the metrics collector (monitoring.collect).
 * `series` is the canonical text of the labels ('' or 'kind=list', 'integration=r2') so that it can
 * be part of the key; `labels` keeps them as JSON for display.
 */
export const metricSnapshots = pgTable(
  'metric_snapshots',
  {
    metric: text('metric').notNull(),
    series: text('series').notNull().default(''),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    value: doublePrecision('value').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default({}),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.series, t.minute], name: 'metric_snapshots_pkey' }),
    // Rows arrive in time order: a BRIN index serves the retention delete for almost no write cost.
    index('metric_snapshots_minute_brin').using('brin', t.minute),
  ],
);

export const budgetComparators = ['gt', 'gte', 'lt', 'lte'] as const;
export const budgetAggregations = ['p95', 'max', 'avg', 'latest'] as const;

/**
 * The service-level budgets the alert evaluator compares the snapshots with (seeded by migration
 * 0009_monitoring_budgets). A breach of `critical_threshold` (else `warn_threshold`) over
 * `window_minutes` raises an alert; with `sustained_minutes`, every minute of that span must breach.
 */
export const sloBudgets = pgTable(
  'slo_budgets',
  {
    id: id(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    metric: text('metric').notNull(),
    series: text('series').notNull().default(''),
    comparator: text('comparator', { enum: budgetComparators }).notNull(),
    aggregation: text('aggregation', { enum: budgetAggregations }).notNull(),
    warnThreshold: doublePrecision('warn_threshold'),
    criticalThreshold: doublePrecision('critical_threshold'),
    unit: text('unit').notNull(),
    windowMinutes: integer('window_minutes').notNull(),
    sustainedMinutes: integer('sustained_minutes').notNull().default(0),
    enabled: boolean('enabled').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('slo_budgets_key').on(t.key),
    check('slo_budgets_threshold', sql`${t.warnThreshold} is not null or ${t.criticalThreshold} is not null`),
    check('slo_budgets_window', sql`${t.windowMinutes} between 1 and 1440 and ${t.sustainedMinutes} between 0 and ${t.windowMinutes}`),
  ],
);

export const alertSeverities = ['warning', 'critical'] as const;
export const alertStatuses = ['open', 'acknowledged', 'resolved'] as const;
export type AlertSeverity = (typeof alertSeverities)[number];
export type AlertStatus = (typeof alertStatuses)[number];

/**
 * Alerts raised by the evaluator, one active (open or acknowledged) alert per key at most (partial
 * unique index): a breach that lasts updates its alert instead of raising new ones. An alert
 * resolves on its own when the value is back within budget, or by staff (audited).
 */
export const alerts = pgTable(
  'alerts',
  {
    id: id(),
    key: text('key').notNull(),
    severity: text('severity', { enum: alertSeverities }).notNull(),
    status: text('status', { enum: alertStatuses }).notNull().default('open'),
    title: text('title').notNull(),
    message: text('message').notNull(),
    metric: text('metric').notNull(),
    series: text('series').notNull().default(''),
    unit: text('unit').notNull(),
    value: doublePrecision('value').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    windowMinutes: integer('window_minutes').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** Null with resolved_at set: resolved by the evaluator (back within budget). */
    resolvedBy: uuid('resolved_by'),
    /** The severity the ops email was last sent for (warning, then critical on escalation). */
    emailedSeverity: text('emailed_severity', { enum: alertSeverities }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('alerts_one_active_per_key').on(t.key).where(sql`${t.status} <> 'resolved'`),
    index('alerts_last_seen_idx').on(t.lastSeenAt, t.id),
    index('alerts_status_last_seen_idx').on(t.status, t.lastSeenAt, t.id),
  ],
);

export const notificationSeverities = ['info', 'warning', 'critical'] as const;

/**
 * In-app notifications (the header bell). Addressed to one user (`user_id`) or to every user of
 * the tenant holding one of `audience_roles`; read state is per user in notification_reads.
 * `source_key` makes creation idempotent (e.g. `alert:<id>:warning`).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: uuid('user_id'),
    audienceRoles: text('audience_roles').array(),
    severity: text('severity', { enum: notificationSeverities }).notNull().default('info'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path on the portal that created it, e.g. /system/alerts. */
    href: text('href'),
    sourceKey: text('source_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('notifications_source_key').on(t.tenantId, t.sourceKey),
    index('notifications_tenant_time_idx').on(t.tenantId, t.createdAt, t.id),
    check('notifications_audience', sql`${t.userId} is not null or ${t.audienceRoles} is not null`),
  ],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId], name: 'notification_reads_pkey' }), index('notification_reads_user_idx').on(t.tenantId, t.userId)],
);

export type ApiLatencyMinute = typeof apiLatencyMinute.$inferSelect;
export type MetricSnapshot = typeof metricSnapshots.$inferSelect;
export type SloBudget = typeof sloBudgets.$inferSelect;
export type Alert = typeof alerts.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
