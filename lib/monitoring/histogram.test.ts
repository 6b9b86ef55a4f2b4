import { describe, expect, it } from 'vitest';
import { classifyEndpoint } from './api-samples';
import { addBuckets, bucketIndex, BUCKET_COUNT, emptyBuckets, histogramQuantile, LATENCY_BUCKETS_MS, quantile } from './histogram';

function histogramOf(durations: number[]): { buckets: number[]; max: number } {
  const buckets = emptyBuckets();
  for (const d of durations) buckets[bucketIndex(d)]! += 1;
  return { buckets, max: Math.max(...durations) };
}

describe('latency histogram', () => {
  it('puts a duration in the first bucket whose bound is not below it, the rest in the open bucket', () => {
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(5)).toBe(0);
    expect(bucketIndex(5.01)).toBe(1);
    expect(bucketIndex(120)).toBe(LATENCY_BUCKETS_MS.indexOf(120));
    expect(bucketIndex(120.5)).toBe(LATENCY_BUCKETS_MS.indexOf(120) + 1);
    expect(bucketIndex(60_000)).toBe(BUCKET_COUNT - 1);
  });

  it('has the budgets as bucket bounds, so "p95 within budget" is answered exactly', () => {
    for (const budget of [60, 120, 180, 300]) expect(LATENCY_BUCKETS_MS).toContain(budget);
    // 95 requests at 110 ms and 5 at 900 ms: the p95 is inside the 120 ms budget, p96 is not.
    const { buckets, max } = histogramOf([...Array(95).fill(110), ...Array(5).fill(900)]);
    expect(histogramQuantile(buckets, 0.95, max)).toBeLessThanOrEqual(120);
    expect(histogramQuantile(buckets, 0.96, max)).toBeGreaterThan(120);
  });

  it('interpolates inside a bucket, never reports above the slowest request, and is null when empty', () => {
    const { buckets, max } = histogramOf([12, 14, 16, 18]);
    const p50 = histogramQuantile(buckets, 0.5, max)!;
    expect(p50).toBeGreaterThan(10);
    expect(p50).toBeLessThanOrEqual(20);
    expect(histogramQuantile(buckets, 1, max)).toBeLessThanOrEqual(18);
    expect(histogramQuantile(histogramOf([20_000]).buckets, 0.95, 20_000)).toBe(20_000);
    expect(histogramQuantile(emptyBuckets(), 0.95)).toBeNull();
  });

  it('merges histograms so that percentiles are those of all requests together', () => {
    const fast = histogramOf(Array(90).fill(8));
    const slow = histogramOf(Array(10).fill(450));
    const merged = addBuckets(emptyBuckets(), fast.buckets);
    addBuckets(merged, slow.buckets);
    expect(merged.reduce((s, n) => s + n, 0)).toBe(100);
    expect(histogramQuantile(merged, 0.5, 450)).toBeLessThanOrEqual(10);
    expect(histogramQuantile(merged, 0.95, 450)).toBeGreaterThan(400);
  });

  it('computes plain quantiles like percentile_cont', () => {
    expect(quantile([], 0.95)).toBeNull();
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10, 20], 0.95)).toBe(19.5);
  });
});

describe('classifyEndpoint', () => {
  it('uses the route-key convention: .list is a list, .get a detail, other methods are writes', () => {
    expect(classifyEndpoint('admin.tenants.list', 'GET')).toBe('list');
    expect(classifyEndpoint('admin.tenants.get', 'GET')).toBe('detail');
    expect(classifyEndpoint('admin.tenants.get', 'HEAD')).toBe('detail');
    expect(classifyEndpoint('admin.tenants.update', 'PATCH')).toBe('write');
    expect(classifyEndpoint('admin.jobs.cancel', 'POST')).toBe('write');
    expect(classifyEndpoint('admin.jobs.progress', 'GET')).toBe('other');
  });

  it('never judges infrastructure endpoints as list or detail traffic', () => {
    expect(classifyEndpoint('health.get', 'GET')).toBe('other');
    expect(classifyEndpoint('cron.run', 'POST')).toBe('other');
    expect(classifyEndpoint('api.not_found', 'GET')).toBe('other');
  });
});
