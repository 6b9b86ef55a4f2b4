'use client';

import { useId, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { Button } from '@/components/ui/button';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MetricSeries } from '@/lib/monitoring/types';
import { formatMetric } from './format';

export type ChartLine = { id: string; label: string; color: string };
export type ChartBudget = { label: string; value: number };

const TABLE_MINUTES = 15;

type LabelPosition = 'insideTopRight' | 'insideBottomRight' | 'insideTopLeft' | 'insideBottomLeft';
const LABEL_SLOTS: readonly LabelPosition[] = ['insideTopRight', 'insideBottomRight', 'insideTopLeft', 'insideBottomLeft'];

/**
 * Where each budget line's label goes (same order as `budgets`). A spike can squeeze two budgets a
 * few pixels apart, so the labels never share a corner: the highest budget is labelled above its
 * line and the next below its own, so the two move apart; a third and fourth use the left end.
 */
export function budgetLabelPositions(budgets: readonly ChartBudget[]): LabelPosition[] {
  const byValue = budgets.map((b, i) => ({ value: b.value, i })).sort((a, b) => b.value - a.value);
  const positions: LabelPosition[] = new Array(budgets.length);
  byValue.forEach(({ i }, rank) => (positions[i] = LABEL_SLOTS[rank % LABEL_SLOTS.length]!));
  return positions;
}
const hhmm = (iso: string) => iso.slice(11, 16);

function stats(values: Array<number | null>) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  let latest: number | null = null;
  for (let i = values.length - 1; i >= 0 && latest === null; i--) latest = values[i] ?? null;
  return { latest, min: Math.min(...present), max: Math.max(...present), samples: present.length };
}

/**
 * One time-series chart of System Status. Accessible without the picture: the chart is an image
 * named by its title and a text summary (latest, min, max per line), and "Show table" swaps it for
 * the values of the last 15 minutes.
 */
export function MetricChart({
  title,
  description,
  unit,
  lines,
  budgets = [],
  data,
  loading,
  'data-testid': testId,
}: {
  title: string;
  description: string;
  unit: string;
  lines: readonly ChartLine[];
  budgets?: readonly ChartBudget[];
  data: MetricSeries | undefined;
  loading: boolean;
  'data-testid': string;
}) {
  const titleId = useId();
  const summaryId = useId();
  const [asTable, setAsTable] = useState(false);

  const { rows, summary, perLine } = useMemo(() => {
    if (!data) return { rows: [], summary: '', perLine: [] };
    const byId = new Map(data.series.map((s) => [s.id, s.values]));
    const rows = data.minutes.map((m, i) => {
      const row: Record<string, string | number | null> = { t: hhmm(m) };
      for (const l of lines) row[l.id] = byId.get(l.id)?.[i] ?? null;
      return row;
    });
    const perLine = lines.map((l) => ({ line: l, stats: stats(byId.get(l.id) ?? []) }));
    const summary = perLine
      .map(({ line, stats: s }) => (s ? `${line.label}: latest ${formatMetric(s.latest, unit)}, min ${formatMetric(s.min, unit)}, max ${formatMetric(s.max, unit)}` : `${line.label}: no data`))
      .join('; ');
    return { rows, summary, perLine };
  }, [data, lines, unit]);

  const hasData = perLine.some((p) => p.stats);
  const labelPositions = budgetLabelPositions(budgets);
  const recent = rows.slice(-TABLE_MINUTES).reverse();

  return (
    <Card data-testid={testId} className="min-w-0">
      <CardHeader>
        <CardTitle>
          <h3 id={titleId} className="text-sm font-semibold">
            {title}
          </h3>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
        <CardAction>
          <Button type="button" variant="ghost" size="sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} data-testid={`${testId}-table-toggle`}>
            {asTable ? 'Show chart' : 'Show table'}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        <figure aria-labelledby={titleId} aria-describedby={summaryId} className="m-0">
          <p id={summaryId} className="sr-only" data-testid={`${testId}-summary`}>
            {loading && !data ? 'Loading' : hasData ? summary : 'No data collected in this range yet.'}
          </p>
          {loading && !data ? (
            <Skeleton className="h-56 w-full" />
          ) : asTable ? (
            <div className="max-h-56 overflow-auto rounded-md border" role="region" aria-label={`${title}: last ${TABLE_MINUTES} minutes`} tabIndex={0}>
              <Table data-testid={`${testId}-table`}>
                <TableHeader className="bg-muted">
                  <TableRow>
                    <TableHead scope="col">Minute (UTC)</TableHead>
                    {lines.map((l) => (
                      <TableHead key={l.id} scope="col" className="text-right">
                        {l.label}
                      </TableHead>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {recent.map((r) => (
                    <TableRow key={String(r.t)}>
                      <TableCell className="tabular-nums">{r.t}</TableCell>
                      {lines.map((l) => (
                        <TableCell key={l.id} className="text-right tabular-nums">
                          {formatMetric(r[l.id] as number | null, unit)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : !hasData ? (
            <div className="flex h-56 items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground" data-testid={`${testId}-empty`}>
              No data collected in this range yet.
            </div>
          ) : (
            <LineChart
              responsive
              style={{ width: '100%', height: 224 }}
              data={rows}
              margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
              accessibilityLayer={false}
              role="img"
              aria-label={`${title}. ${summary}`}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="t" tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }} stroke="var(--border)" minTickGap={32} />
              <YAxis tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }} stroke="var(--border)" width={48} allowDecimals={false} />
              <Tooltip
                contentStyle={{ background: 'var(--popover)', color: 'var(--popover-foreground)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 }}
                labelStyle={{ color: 'var(--popover-foreground)' }}
                formatter={(value) => formatMetric(typeof value === 'number' ? value : null, unit)}
                labelFormatter={(label) => `${String(label)} UTC`}
              />
              {budgets.map((b, i) => (
                <ReferenceLine
                  key={b.label}
                  y={b.value}
                  stroke="var(--warning)"
                  strokeDasharray="6 4"
                  ifOverflow="extendDomain"
                  label={{ value: b.label, position: labelPositions[i], fill: 'var(--muted-foreground)', fontSize: 11 }}
                />
              ))}
              {lines.map((l) => (
                <Line key={l.id} type="monotone" dataKey={l.id} name={l.label} stroke={l.color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
              ))}
            </LineChart>
          )}
          <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {perLine.map(({ line, stats: s }) => (
              <span key={line.id} className="inline-flex items-center gap-1.5">
                <span className="inline-block h-0.5 w-4 rounded" style={{ background: line.color }} aria-hidden />
                {line.label}
                <span className="tabular-nums text-foreground">{s ? formatMetric(s.latest, unit) : '—'}</span>
              </span>
            ))}
            {budgets.length ? (
              // The budgets in words too: the labels on the lines are only a picture.
              <span className="inline-flex flex-wrap items-center gap-x-4 gap-y-1" data-testid={`${testId}-budgets`}>
                {budgets.map((b) => (
                  <span key={b.label} className="inline-flex items-center gap-1.5">
                    <span className="inline-block w-4 border-t-2 border-dashed border-warning" aria-hidden />
                    {b.label}
                  </span>
                ))}
              </span>
            ) : null}
          </figcaption>
        </figure>
      </CardContent>
    </Card>
  );
}
