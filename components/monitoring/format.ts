import { distinguishingDecimals, defaultDecimals } from '@/lib/monitoring/format-number';

/**
 * Display helpers for System Status figures. `against` (a threshold, or the value compared with
 * one): print as many decimals as it takes for the two to read differently.
 */
export function formatMetric(value: number | null | undefined, unit: string, against?: number | null): string {
  if (value === null || value === undefined) return '—';
  const needed = against === null || against === undefined ? null : distinguishingDecimals(value, against);
  const decimals = Math.max(defaultDecimals(value), needed ?? 0);
  const rounded = against !== null && against !== undefined && needed === null ? String(value) : value.toLocaleString('en-US', { maximumFractionDigits: decimals, useGrouping: Math.abs(value) >= 100 });
  if (unit === 'ms') return `${rounded} ms`;
  if (unit === 'min') return `${rounded} min`;
  if (unit === 'pct') return `${rounded} %`;
  return `${rounded} ${unit}`;
}

const COMPARATOR = { gt: '≤', gte: '<', lt: '≥', lte: '>' } as const;

/** The budget as a person reads it: "≤ 120 ms", "< 3 min", "≤ 500 jobs for 15 min". */
export function formatBudget(tile: { comparator: keyof typeof COMPARATOR; warnThreshold: number | null; criticalThreshold: number | null; unit: string; sustainedMinutes: number }): string {
  const threshold = tile.warnThreshold ?? tile.criticalThreshold;
  if (threshold === null) return '—';
  return `${COMPARATOR[tile.comparator]} ${formatMetric(threshold, tile.unit)}`;
}

export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toISOString().slice(11, 16)} UTC`;
}

/** "3 min ago", for the last collection and alert times. */
export function formatAgo(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'never';
  const s = Math.max(0, Math.round((now - new Date(value).getTime()) / 1000));
  if (s < 60) return `${s} s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}
