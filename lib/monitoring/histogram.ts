/**
 * Fixed-boundary latency histograms. The boundaries are stored implicitly in every
 * api_latency_minute row (bucket i counts requests with duration <= LATENCY_BUCKETS_MS[i] and above
 * the previous bound; the last bucket has no upper bound), so they must never change in place: a new
 * layout needs a new column or table. The budgets (60, 120, 180, 300 ms) are boundaries, so "is the
 * p95 within 120 ms" is answered exactly, whatever the interpolation inside a bucket.
 */
export const LATENCY_BUCKETS_MS = [5, 10, 20, 30, 40, 50, 60, 80, 100, 120, 150, 180, 220, 300, 400, 500, 750, 1000, 1500, 2500, 5000, 10000] as const;

/** Number of buckets: one per bound plus the open-ended last one. */
export const BUCKET_COUNT = LATENCY_BUCKETS_MS.length + 1;

export function bucketIndex(ms: number): number {
  for (let i = 0; i < LATENCY_BUCKETS_MS.length; i++) if (ms <= LATENCY_BUCKETS_MS[i]!) return i;
  return LATENCY_BUCKETS_MS.length;
}

export function emptyBuckets(): number[] {
  return new Array<number>(BUCKET_COUNT).fill(0);
}

/** Adds b into a (same layout); a shorter array counts as zeros. */
export function addBuckets(a: number[], b: readonly number[]): number[] {
  for (let i = 0; i < BUCKET_COUNT; i++) a[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return a;
}

/**
 * The q-quantile (0..1) of a histogram: the bucket holding the rank, interpolated linearly inside
 * it, never above the largest duration seen (maxMs). Null for an empty histogram.
 */
export function histogramQuantile(buckets: readonly number[], q: number, maxMs?: number | null): number | null {
  const total = buckets.reduce((s, n) => s + n, 0);
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    const n = buckets[i] ?? 0;
    if (n === 0) continue;
    if (seen + n >= rank) {
      const lower = i === 0 ? 0 : LATENCY_BUCKETS_MS[i - 1]!;
      const upper = i < LATENCY_BUCKETS_MS.length ? LATENCY_BUCKETS_MS[i]! : Math.max(lower, maxMs ?? lower * 2);
      const value = lower + ((rank - seen) / n) * (upper - lower);
      const capped = maxMs != null ? Math.min(value, maxMs) : value;
      return Math.round(capped * 10) / 10;
    }
    seen += n;
  }
  return maxMs ?? null;
}

/** The q-quantile of plain values (linear interpolation between closest ranks, like percentile_cont). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const v = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
  return Math.round(v * 100) / 100;
}
