import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';

/** One value of one metric; `minute` defaults to the collection minute. */
export type MetricPoint = { metric: string; labels?: Record<string, string>; value: number; minute?: Date };

export const MINUTE_MS = 60_000;

export function floorMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
}

/** The canonical text of a label set ('' for none): sorted `k=v` pairs joined by commas. */
export function seriesKey(labels: Record<string, string> | undefined): string {
  if (!labels) return '';
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}

/** `metric` or `metric|series`: how the status page and the series endpoint name one line. */
export function lineId(metric: string, series = ''): string {
  return series ? `${metric}|${series}` : metric;
}

/**
 * Upserts the points (one statement): one row per metric, series and minute, so collecting the same
 * minute again replaces its values instead of adding rows. Non-finite values are skipped.
 */
export async function writeSnapshots(minute: Date, points: readonly MetricPoint[]): Promise<number> {
  const rows = points
    .filter((p) => Number.isFinite(p.value))
    .map((p) => ({
      metric: p.metric,
      series: seriesKey(p.labels),
      minute: floorMinute(p.minute ?? minute).toISOString(),
      value: p.value,
      labels: p.labels ?? {},
    }));
  if (rows.length === 0) return 0;
  const result = await infraDb().execute(sql`
    insert into metric_snapshots (metric, series, minute, value, labels)
    select r->>'metric', r->>'series', (r->>'minute')::timestamptz, (r->>'value')::float8, r->'labels'
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as r
    on conflict (metric, series, minute) do update set value = excluded.value, labels = excluded.labels, collected_at = now()`);
  return result.count;
}

export type SnapshotValue = { metric: string; series: string; minute: Date; value: number };

/** Every value of the given lines in (from, to], oldest first. */
export async function readSnapshots(lines: ReadonlyArray<{ metric: string; series: string }>, from: Date, to: Date): Promise<SnapshotValue[]> {
  if (lines.length === 0) return [];
  const rows = await infraDb().execute<{ metric: string; series: string; minute: Date; value: number }>(sql`
    select s.metric, s.series, s.minute, s.value
    from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) as l(metric text, series text)
    join metric_snapshots s on s.metric = l.metric and s.series = l.series
    where s.minute > ${from.toISOString()}::timestamptz and s.minute <= ${to.toISOString()}::timestamptz
    order by s.minute`);
  return rows.map((r) => ({ metric: r.metric, series: r.series, minute: new Date(r.minute), value: Number(r.value) }));
}
