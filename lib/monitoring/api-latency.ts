import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';
import type { EndpointKind } from '@/db/schema/monitoring';
import { addBuckets, emptyBuckets, histogramQuantile } from './histogram';

export type ApiLatencyRow = {
  minute: Date;
  endpoint: string;
  kind: EndpointKind;
  requests: number;
  clientErrors: number;
  serverErrors: number;
  maxMs: number;
  buckets: number[];
};

/** The per-endpoint rows of minutes in [from, to) (from the route wrapper's flushed histograms). */
export async function readApiLatency(from: Date, to: Date): Promise<ApiLatencyRow[]> {
  const rows = await infraDb().execute<{ minute: Date; endpoint: string; kind: EndpointKind; requests: number; client_errors: number; server_errors: number; max_ms: number; buckets: number[] }>(sql`select minute, endpoint, kind, requests, client_errors, server_errors, max_ms, buckets
    from api_latency_minute
    where minute >= ${from.toISOString()}::timestamptz and minute < ${to.toISOString()}::timestamptz`);
  return rows.map((r) => ({
    minute: new Date(r.minute),
    endpoint: r.endpoint,
    kind: r.kind,
    requests: r.requests,
    clientErrors: r.client_errors,
    serverErrors: r.server_errors,
    maxMs: Number(r.max_ms),
    buckets: r.buckets.map(Number),
  }));
}

export type LatencySummary = { requests: number; serverErrors: number; clientErrors: number; p50Ms: number | null; p95Ms: number | null; maxMs: number | null };

/** Merges rows' histograms: the percentiles are those of all their requests together. */
export function summarizeLatency(rows: readonly ApiLatencyRow[]): LatencySummary {
  const buckets = emptyBuckets();
  let requests = 0;
  let serverErrors = 0;
  let clientErrors = 0;
  let maxMs: number | null = null;
  for (const r of rows) {
    addBuckets(buckets, r.buckets);
    requests += r.requests;
    serverErrors += r.serverErrors;
    clientErrors += r.clientErrors;
    maxMs = maxMs === null ? r.maxMs : Math.max(maxMs, r.maxMs);
  }
  return { requests, serverErrors, clientErrors, p50Ms: histogramQuantile(buckets, 0.5, maxMs), p95Ms: histogramQuantile(buckets, 0.95, maxMs), maxMs };
}
