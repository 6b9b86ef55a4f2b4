import { asc, eq } from 'drizzle-orm';
import { infraDb } from '@/db/client';
import { sloBudgets, type SloBudget } from '@/db/schema/monitoring';
import { formatAgainst, formatNumber } from './format-number';
import { quantile } from './histogram';
import { MINUTE_MS } from './snapshots';
import type { BudgetStatus } from './types';

export type { BudgetStatus };

export type Verdict = {
  status: BudgetStatus;
  /** The aggregated value the thresholds were compared with (null without data). */
  value: number | null;
  /** The threshold crossed (critical or warning), or the warning threshold when within budget. */
  threshold: number | null;
  /** Minute values the verdict is based on. */
  samples: number;
};

export type BudgetRule = Pick<SloBudget, 'comparator' | 'aggregation' | 'warnThreshold' | 'criticalThreshold' | 'windowMinutes' | 'sustainedMinutes'>;
export type MinuteValue = { minute: number; value: number };

/** The enabled budgets, in display order. */
export async function listBudgets(): Promise<SloBudget[]> {
  return infraDb().select().from(sloBudgets).where(eq(sloBudgets.enabled, true)).orderBy(asc(sloBudgets.sortOrder), asc(sloBudgets.key));
}

export function breaches(comparator: SloBudget['comparator'], value: number, threshold: number): boolean {
  switch (comparator) {
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
  }
}

export function aggregate(values: readonly MinuteValue[], aggregation: SloBudget['aggregation']): number | null {
  if (values.length === 0) return null;
  const plain = values.map((v) => v.value);
  switch (aggregation) {
    case 'p95':
      return quantile(plain, 0.95);
    case 'max':
      return Math.max(...plain);
    case 'avg':
      return Math.round((plain.reduce((s, v) => s + v, 0) / plain.length) * 100) / 100;
    case 'latest':
      return values.reduce((a, b) => (b.minute > a.minute ? b : a)).value;
  }
}

/**
 * Judges one budget at `asOf` (a minute) from the per-minute values of its series.
 * - Without sustained_minutes: the values of the window (asOf - window, asOf] are aggregated.
 * - With sustained_minutes N: every minute of the last N must breach, so the value judged is the
 *   least breaching one (the minimum for gt/gte, the maximum for lt/lte), and at least N - 1 minute
 *   values must exist (one missed collection is tolerated): "above 500 for 15 minutes".
 * Without data there is no verdict (no_data): an alert is neither raised nor resolved on silence.
 * `windowMinutes` overrides the budget's window (the status page shows 5 and 15 minutes).
 */
export function judge(budget: BudgetRule, values: readonly MinuteValue[], asOf: Date, windowMinutes = budget.windowMinutes): Verdict {
  const end = asOf.getTime();
  const inLast = (minutes: number) => values.filter((v) => v.minute > end - minutes * MINUTE_MS && v.minute <= end);
  const upward = budget.comparator === 'gt' || budget.comparator === 'gte';
  let value: number | null;
  let samples: number;
  if (budget.sustainedMinutes > 0) {
    const span = inLast(budget.sustainedMinutes);
    samples = span.length;
    value = span.length >= Math.max(1, budget.sustainedMinutes - 1) ? (upward ? Math.min(...span.map((v) => v.value)) : Math.max(...span.map((v) => v.value))) : null;
  } else {
    const window = inLast(windowMinutes);
    samples = window.length;
    value = aggregate(window, budget.aggregation);
  }
  const warn = budget.warnThreshold;
  const critical = budget.criticalThreshold;
  if (value === null) return { status: 'no_data', value: null, threshold: warn ?? critical, samples };
  if (critical !== null && breaches(budget.comparator, value, critical)) return { status: 'critical', value, threshold: critical, samples };
  if (warn !== null && breaches(budget.comparator, value, warn)) return { status: 'warning', value, threshold: warn, samples };
  return { status: 'ok', value, threshold: warn ?? critical, samples };
}

const COMPARATOR_TEXT: Record<SloBudget['comparator'], string> = { gt: 'above', gte: 'at or above', lt: 'below', lte: 'at or below' };

/** A figure with its unit; `against`: printed with enough decimals to differ from that number. */
export function formatValue(value: number, unit: string, against?: number): string {
  return `${against === undefined ? formatNumber(value) : formatAgainst(value, against)} ${unit}`;
}

/**
 * "Redis p95 is 42 ms, above the warning threshold of 30 ms (5-minute window)." The value is the one
 * the threshold was compared with, printed with as many decimals as it takes to differ from the
 * threshold ("60.04 ms, above ... 60 ms"), so the sentence always shows why it holds.
 */
export function describeBreach(budget: Pick<SloBudget, 'label' | 'comparator' | 'unit' | 'windowMinutes' | 'sustainedMinutes'>, severity: 'warning' | 'critical', value: number, threshold: number): string {
  const span = budget.sustainedMinutes > 0 ? `for ${budget.sustainedMinutes} minutes in a row` : `(${budget.windowMinutes}-minute window)`;
  return `${budget.label} is ${formatValue(value, budget.unit, threshold)}, ${COMPARATOR_TEXT[budget.comparator]} the ${severity} threshold of ${formatValue(threshold, budget.unit, value)} ${span}.`;
}
