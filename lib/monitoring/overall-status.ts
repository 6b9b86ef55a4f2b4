/**
 * The platform's one overall status: what the header shows on every portal and what System Status
 * is made of. Pure (type-only imports), so client components can use it too.
 */
import type { AlertSeverity, HealthLevel } from './types';

const ORDER: Record<HealthLevel, number> = { ok: 0, warning: 1, critical: 2 };

/** The worst of any number of levels ('ok' for none). */
export function worstLevel(levels: Iterable<HealthLevel>): HealthLevel {
  let worst: HealthLevel = 'ok';
  for (const level of levels) if (ORDER[level] > ORDER[worst]) worst = level;
  return worst;
}

/** What made the status what it is: the worst active alert, else the worst module. */
export type StatusCause = { kind: 'alert' | 'module'; level: Exclude<HealthLevel, 'ok'>; title: string };

export type OverallStatus = {
  level: HealthLevel;
  /** Null when everything is ok. */
  cause: StatusCause | null;
  /** Active (open or acknowledged) alerts plus modules that are not healthy, the cause included. */
  issues: number;
  /** The collector has not written for a while: the figures behind this may be old. */
  stale: boolean;
};

export type OverallStatusInput = {
  /** Active alerts: counts by severity and the worst one (critical first, then the latest seen). */
  alerts: { critical: number; warning: number; worst: { title: string; severity: AlertSeverity } | null };
  modules: ReadonlyArray<{ label: string; health: HealthLevel }>;
  collectorStale: boolean;
};

/**
 * The worst of the active alerts (acknowledged ones too: someone is on it, but it still holds) and
 * the modules' health. An alert names the cause before a module of the same level: alerts are the
 * deliberate, sustained signals; module health is the last 15 minutes as they are.
 */
export function overallStatus(input: OverallStatusInput): OverallStatus {
  const alertLevel: HealthLevel = input.alerts.critical > 0 ? 'critical' : input.alerts.warning > 0 ? 'warning' : 'ok';
  const unhealthy = input.modules.filter((m) => m.health !== 'ok');
  const moduleLevel = worstLevel(unhealthy.map((m) => m.health));
  const level = worstLevel([alertLevel, moduleLevel]);
  let cause: StatusCause | null = null;
  if (level !== 'ok') {
    const worstModule = unhealthy.find((m) => m.health === level);
    cause =
      alertLevel === level && input.alerts.worst
        ? { kind: 'alert', level, title: input.alerts.worst.title }
        : worstModule
          ? { kind: 'module', level, title: worstModule.label }
          : { kind: 'alert', level, title: 'Active alerts' };
  }
  return { level, cause, issues: input.alerts.critical + input.alerts.warning + unhealthy.length, stale: input.collectorStale };
}
