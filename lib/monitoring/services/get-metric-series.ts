import { z } from 'zod';
import { assertPermission, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { floorMinute, lineId, MINUTE_MS, readSnapshots } from '../snapshots';
import { seriesRanges, type MetricSeries } from '../types';

const RANGE_MINUTES: Record<(typeof seriesRanges)[number], number> = { '1h': 60, '6h': 360, '24h': 1440 };

/** `metric` or `metric|series`, e.g. `db.latency_ms` or `api.p95_ms|kind=list`. */
const lineSchema = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9_.]*(\|[a-z0-9_]+=[A-Za-z0-9_.-]+(,[a-z0-9_]+=[A-Za-z0-9_.-]+)*)?$/, 'must be metric or metric|label=value');

const inputSchema = z.object({
  range: z.enum(seriesRanges).default('1h'),
  lines: z.array(lineSchema).min(1, 'name at least one line').max(12, 'at most 12 lines'),
});

/**
 * Chart data: each requested line (a metric and its series) over the last hour, 6 hours or day, one
 * value per minute, aligned on one minute axis (null where nothing was collected).
 */
export async function getMetricSeries({ ctx, input }: { ctx: Ctx; input: { range?: string | null; lines: string[] } }): Promise<MetricSeries> {
  assertPermission(ctx, 'system.read');
  const { range, lines } = parseInput(inputSchema, { range: input.range ?? undefined, lines: input.lines });
  const to = floorMinute(new Date());
  const minutesCount = RANGE_MINUTES[range];
  const from = new Date(to.getTime() - minutesCount * MINUTE_MS);
  const parsed = [...new Set(lines)].map((id) => {
    const [metric, series = ''] = id.split('|', 2) as [string, string?];
    return { id, metric, series };
  });
  const rows = await readSnapshots(parsed, from, to);
  const index = new Map<string, Array<number | null>>(parsed.map((l) => [l.id, new Array<number | null>(minutesCount).fill(null)]));
  const firstMinute = from.getTime() + MINUTE_MS;
  for (const r of rows) {
    const slot = Math.round((r.minute.getTime() - firstMinute) / MINUTE_MS);
    const values = index.get(lineId(r.metric, r.series));
    if (values && slot >= 0 && slot < minutesCount) values[slot] = r.value;
  }
  return {
    range,
    from: from.toISOString(),
    to: to.toISOString(),
    stepSeconds: 60,
    minutes: Array.from({ length: minutesCount }, (_, i) => new Date(firstMinute + i * MINUTE_MS).toISOString()),
    series: parsed.map((l) => ({ id: l.id, metric: l.metric, series: l.series, values: index.get(l.id)! })),
  };
}
