import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';
import type { SloBudget } from '@/db/schema/monitoring';
import { assertPermission, systemCtx, type Ctx } from '@/lib/context';
import { getIntegrationHealth, type IntegrationHealth } from '@/lib/integrations/health';
import { getJobTypeHealth, type JobTypeHealth } from '@/lib/jobs';
import { logger } from '@/lib/logger';
import { readApiLatency, summarizeLatency, type ApiLatencyRow } from '../api-latency';
import { judge, listBudgets, type MinuteValue } from '../budgets';
import { connectionUse, slowQueries } from '../database-probes';
import { moduleOfEndpoint, moduleRegistry, type ModuleDefinition } from '../module-registry';
import { floorMinute, lineId, MINUTE_MS, readSnapshots } from '../snapshots';
import { overallStatus, type OverallStatus } from '../overall-status';
import type { AlertSeverity, HealthLevel, ModuleHealth, SloTile, SystemStatus } from '../types';

const MODULE_WINDOW_MINUTES = 15;
const STALE_AFTER_MS = 3 * MINUTE_MS;
/** Share of 5xx answers that makes a module's API a warning, and a critical. */
const ERROR_RATE_WARNING = 0.05;
const ERROR_RATE_CRITICAL = 0.25;

const LEVEL_ORDER: Record<HealthLevel, number> = { ok: 0, warning: 1, critical: 2 };
const worse = (a: HealthLevel, b: HealthLevel): HealthLevel => (LEVEL_ORDER[b] > LEVEL_ORDER[a] ? b : a);

function thresholdsOf(budgets: readonly SloBudget[], key: string): { warn: number | null; critical: number | null } {
  const b = budgets.find((x) => x.key === key);
  return { warn: b?.warnThreshold ?? null, critical: b?.criticalThreshold ?? null };
}

function levelAbove(value: number | null, t: { warn: number | null; critical: number | null }): HealthLevel {
  if (value === null) return 'ok';
  if (t.critical !== null && value > t.critical) return 'critical';
  if (t.warn !== null && value > t.warn) return 'warning';
  return 'ok';
}

/**
 * A module's health: the worst of its endpoints (p95 of list and detail endpoints against the API
 * budgets, share of 5xx answers), its job types (jobs failed for good, running jobs with a stale
 * heartbeat against the stuck-jobs budget) and its integrations (failing: critical, degraded:
 * warning), all over the last 15 minutes.
 */
export function moduleHealth(
  m: ModuleDefinition,
  inputs: { apiRows: readonly ApiLatencyRow[]; jobs: readonly JobTypeHealth[]; integrations: readonly IntegrationHealth[]; budgets: readonly SloBudget[] },
): ModuleHealth {
  const reasons: string[] = [];
  let health: HealthLevel = 'ok';
  const raise = (level: HealthLevel, reason: string) => {
    if (level === 'ok') return;
    health = worse(health, level);
    reasons.push(reason);
  };

  const own = inputs.apiRows.filter((r) => moduleOfEndpoint(r.endpoint)?.key === m.key);
  const all = summarizeLatency(own);
  const list = summarizeLatency(own.filter((r) => r.kind === 'list'));
  const detail = summarizeLatency(own.filter((r) => r.kind === 'detail'));
  raise(levelAbove(list.p95Ms, thresholdsOf(inputs.budgets, 'api.list.p95')), `List endpoints p95 ${list.p95Ms} ms`);
  raise(levelAbove(detail.p95Ms, thresholdsOf(inputs.budgets, 'api.detail.p95')), `Detail endpoints p95 ${detail.p95Ms} ms`);
  if (all.requests > 0) {
    const rate = all.serverErrors / all.requests;
    const level: HealthLevel = rate >= ERROR_RATE_CRITICAL ? 'critical' : rate >= ERROR_RATE_WARNING ? 'warning' : 'ok';
    raise(level, `${all.serverErrors} of ${all.requests} requests answered 5xx`);
  }

  const stuck = thresholdsOf(inputs.budgets, 'jobs.stuck');
  for (const j of inputs.jobs.filter((x) => (m.jobTypes as readonly string[]).includes(x.type))) {
    if (j.failedFinal > 0) raise('warning', `${j.failedFinal} ${j.type} job${j.failedFinal === 1 ? '' : 's'} failed for good`);
    if (j.running > 0) {
      const level: HealthLevel =
        stuck.critical !== null && j.oldestHeartbeatMinutes >= stuck.critical ? 'critical' : stuck.warn !== null && j.oldestHeartbeatMinutes >= stuck.warn ? 'warning' : 'ok';
      raise(level, `A running ${j.type} job has sent no heartbeat for ${Math.round(j.oldestHeartbeatMinutes)} min`);
    }
  }

  for (const i of inputs.integrations.filter((x) => (m.integrations as readonly string[]).includes(x.key))) {
    if (i.status === 'failing') raise('critical', `${i.label} is failing${i.lastError ? `: ${i.lastError}` : ''}`);
    else if (i.status === 'degraded') raise('warning', `${i.label}: ${i.failures} of ${i.calls} calls failed`);
  }

  return {
    key: m.key,
    label: m.label,
    description: m.description,
    routes: [...m.routes],
    apiPrefix: m.apiPrefix,
    jobTypes: [...m.jobTypes],
    integrations: [...m.integrations],
    health,
    reasons,
    requests: all.requests,
    serverErrors: all.serverErrors,
    listP95Ms: list.p95Ms,
    detailP95Ms: detail.p95Ms,
  };
}

function tileOf(budget: SloBudget, values: readonly MinuteValue[], asOf: Date): SloTile {
  const verdict = judge(budget, values, asOf);
  const plain = { ...budget, sustainedMinutes: 0 };
  const latest = values.length ? values.reduce((a, b) => (b.minute > a.minute ? b : a)).value : null;
  return {
    key: budget.key,
    label: budget.label,
    description: budget.description,
    metric: budget.metric,
    series: budget.series,
    unit: budget.unit,
    comparator: budget.comparator,
    aggregation: budget.aggregation,
    warnThreshold: budget.warnThreshold,
    criticalThreshold: budget.criticalThreshold,
    windowMinutes: budget.windowMinutes,
    sustainedMinutes: budget.sustainedMinutes,
    status: verdict.status,
    value: verdict.value,
    value5m: judge(plain, values, asOf, 5).value,
    value15m: judge(plain, values, asOf, 15).value,
    latest,
  };
}

/** Optional figures must not take the whole page down: they degrade to null. */
async function optional<T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    logger.warn({ err: error, what }, 'system status: a figure could not be read');
    return fallback;
  }
}

type AlertSummary = SystemStatus['alerts'] & { worst: { title: string; severity: AlertSeverity } | null };

/** Active alerts: counts by severity, and the worst (critical first, then the latest seen). */
async function readAlertSummary(): Promise<AlertSummary> {
  const [counts, worst] = await Promise.all([
    infraDb().execute<{ active: number; critical: number; warning: number }>(sql`
      select count(*)::int as active, (count(*) filter (where severity = 'critical'))::int as critical,
             (count(*) filter (where severity = 'warning'))::int as warning
      from alerts where status <> 'resolved'`),
    infraDb().execute<{ title: string; severity: AlertSeverity }>(sql`
      select title, severity from alerts where status <> 'resolved'
      order by (severity = 'critical') desc, last_seen_at desc, id limit 1`),
  ]);
  return { ...(counts[0] ?? { active: 0, critical: 0, warning: 0 }), worst: worst[0] ?? null };
}

async function readLastCollected(): Promise<Date | null> {
  const last = await infraDb().execute<{ minute: Date }>(sql`select minute from metric_snapshots where metric = 'monitoring.probe_failures' and series = '' order by minute desc limit 1`);
  return last[0] ? new Date(last[0].minute) : null;
}

const isStale = (lastCollected: Date | null, now: Date) => !lastCollected || now.getTime() - lastCollected.getTime() > STALE_AFTER_MS;

/** Every module's health over the last 15 minutes (see moduleHealth). */
async function readModuleHealth(asOf: Date, budgets: readonly SloBudget[]): Promise<ModuleHealth[]> {
  const windowStart = new Date(asOf.getTime() - MODULE_WINDOW_MINUTES * MINUTE_MS);
  const allJobTypes = [...new Set(moduleRegistry.flatMap((m) => m.jobTypes))];
  const [apiRows, jobs, integrations] = await Promise.all([
    readApiLatency(windowStart, new Date(asOf.getTime() + MINUTE_MS)),
    getJobTypeHealth({ ctx: systemCtx('monitoring'), input: { types: allJobTypes, windowMinutes: MODULE_WINDOW_MINUTES } }),
    getIntegrationHealth(),
  ]);
  return moduleRegistry.map((m) => moduleHealth(m, { apiRows, jobs, integrations, budgets }));
}

/**
 * The platform's overall status from the same reads as System Status (active alerts, module
 * health, collector freshness), without the figures only that page shows.
 */
export async function readOverallStatus(now = new Date()): Promise<OverallStatus> {
  const budgets = await listBudgets();
  const [modules, alerts, lastCollected] = await Promise.all([readModuleHealth(floorMinute(now), budgets), readAlertSummary(), readLastCollected()]);
  return overallStatus({ alerts, modules, collectorStale: isStale(lastCollected, now) });
}

/** The System Status page: every budget's current value, module health, active alerts, database figures. */
export async function getSystemStatus({ ctx }: { ctx: Ctx; input?: Record<string, never> }): Promise<SystemStatus> {
  assertPermission(ctx, 'system.read');
  const now = new Date();
  const asOf = floorMinute(now);
  const budgets = await listBudgets();
  const span = Math.max(15, ...budgets.map((b) => Math.max(b.windowMinutes, b.sustainedMinutes)));
  const lines = budgets.map((b) => ({ metric: b.metric, series: b.series }));

  const [snapshots, modules, lastCollected, alertSummary, connections, slow] = await Promise.all([
    readSnapshots(lines, new Date(asOf.getTime() - span * MINUTE_MS), asOf),
    readModuleHealth(asOf, budgets),
    readLastCollected(),
    readAlertSummary(),
    optional('connections', connectionUse, null),
    optional('slow queries', () => slowQueries(5), { available: false as const, reason: 'could not be read' }),
  ]);

  const byLine = new Map<string, MinuteValue[]>();
  for (const s of snapshots) {
    const id = lineId(s.metric, s.series);
    const list = byLine.get(id) ?? [];
    list.push({ minute: s.minute.getTime(), value: s.value });
    byLine.set(id, list);
  }
  const collectorStale = isStale(lastCollected, now);
  const { worst, ...alerts } = alertSummary;
  return {
    generatedAt: now.toISOString(),
    lastCollectedAt: lastCollected?.toISOString() ?? null,
    collectorStale,
    tiles: budgets.map((b) => tileOf(b, byLine.get(lineId(b.metric, b.series)) ?? [], asOf)),
    modules,
    alerts,
    overall: overallStatus({ alerts: { ...alerts, worst }, modules, collectorStale }),
    database: { connections, slowQueries: slow },
  };
}
