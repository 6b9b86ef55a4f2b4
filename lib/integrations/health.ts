import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';
import type { IntegrationName } from './names';
import { listIntegrations } from './registry';

export const HEALTH_WINDOW_MINUTES = 15;

export type IntegrationHealthStatus = 'unknown' | 'healthy' | 'degraded' | 'failing';

export type IntegrationHealth = {
  key: IntegrationName;
  label: string;
  description: string;
  configured: boolean;
  usesFake: boolean;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastError: string | null;
  /** Calls and failures in the window (default: the last 15 minutes). */
  calls: number;
  failures: number;
  /** Latency percentiles of every call in the window, failures included (a timeout is latency too). */
  p50Ms: number | null;
  p95Ms: number | null;
  /** unknown: never called; failing: the latest call failed; degraded: failures in the window. */
  status: IntegrationHealthStatus;
};

type Row = {
  integration: string;
  last_success_at: string | Date | null;
  last_failure_at: string | Date | null;
  last_error: string | null;
  calls: number;
  failures: number;
  p50: number | null;
  p95: number | null;
};

const toDate = (v: string | Date | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * Health of every registered integration, computed in one SQL round trip from integration_calls
 * (index on integration, occurred_at: each lateral is an index range or a backwards index walk).
 * `asOf` evaluates the history as it was at that instant (tests, incident review).
 */
export async function getIntegrationHealth(options: { asOf?: Date; windowMinutes?: number } = {}): Promise<IntegrationHealth[]> {
  const infos = listIntegrations();
  if (infos.length === 0) return [];
  const asOf = (options.asOf ?? new Date()).toISOString();
  const windowMinutes = options.windowMinutes ?? HEALTH_WINDOW_MINUTES;
  const keys = sql.join(
    infos.map((i) => sql`${i.key}`),
    sql`, `,
  );
  const rows = (await infraDb().execute(sql`
    select k.integration,
           s.occurred_at as last_success_at,
           f.occurred_at as last_failure_at,
           f.error as last_error,
           w.calls, w.failures, w.p50, w.p95
    from unnest(array[${keys}]::text[]) with ordinality as k(integration, ord)
    left join lateral (
      select c.occurred_at from integration_calls c
      where c.integration = k.integration and c.ok and c.occurred_at <= ${asOf}::timestamptz
      order by c.occurred_at desc limit 1
    ) s on true
    left join lateral (
      select c.occurred_at, c.error from integration_calls c
      where c.integration = k.integration and not c.ok and c.occurred_at <= ${asOf}::timestamptz
      order by c.occurred_at desc limit 1
    ) f on true
    cross join lateral (
      select count(*)::int as calls,
             (count(*) filter (where not c.ok))::int as failures,
             percentile_cont(0.5) within group (order by c.latency_ms) as p50,
             percentile_cont(0.95) within group (order by c.latency_ms) as p95
      from integration_calls c
      where c.integration = k.integration
        and c.occurred_at > ${asOf}::timestamptz - make_interval(mins => ${windowMinutes}::int)
        and c.occurred_at <= ${asOf}::timestamptz
    ) w
    order by k.ord
  `)) as unknown as Row[];

  const byKey = new Map(rows.map((r) => [r.integration, r]));
  return infos.map((info) => {
    const r = byKey.get(info.key);
    const lastSuccessAt = toDate(r?.last_success_at ?? null);
    const lastFailureAt = toDate(r?.last_failure_at ?? null);
    const failures = r?.failures ?? 0;
    let status: IntegrationHealthStatus = 'healthy';
    if (!lastSuccessAt && !lastFailureAt) status = 'unknown';
    else if (lastFailureAt && (!lastSuccessAt || lastFailureAt >= lastSuccessAt)) status = 'failing';
    else if (failures > 0) status = 'degraded';
    return {
      key: info.key,
      label: info.label,
      description: info.description,
      configured: info.configured,
      usesFake: info.usesFake,
      lastSuccessAt,
      lastFailureAt,
      lastError: r?.last_error ?? null,
      calls: r?.calls ?? 0,
      failures,
      p50Ms: r?.p50 ?? null,
      p95Ms: r?.p95 ?? null,
      status,
    };
  });
}

/**
 * Deletes call records older than `olderThan`, in batches so that no single statement holds many
 * row locks or a long transaction (for the retention job). Returns the number of rows deleted.
 */
export async function pruneIntegrationCalls(olderThan: Date, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const cutoff = olderThan.toISOString();
  let total = 0;
  for (;;) {
    const result = await infraDb().execute(sql`
      delete from integration_calls
      where id in (select id from integration_calls where occurred_at < ${cutoff}::timestamptz limit ${batchSize})
    `);
    const deleted = (result as unknown as { count: number }).count ?? 0;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
