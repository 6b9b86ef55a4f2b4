import { sql } from 'drizzle-orm';
import { infraDb } from '@/db/client';
import type { EndpointKind } from '@/db/schema/monitoring';
import { logger } from '@/lib/logger';
import { addBuckets, bucketIndex, emptyBuckets } from './histogram';

/**
 * API latency samples from the route wrapper (lib/http/route.ts). Recording must cost a request
 * nothing measurable, so a request only adds its duration to an in-process per-minute histogram;
 * a timer flushes the histograms to api_latency_minute every few seconds with one upsert that
 * ADDS to the row (several processes write the same minute). This buffer holds metrics awaiting a
 * flush, not business data: it is bounded (MAX_ENTRIES endpoint-minutes; beyond it samples are
 * dropped and counted), entries older than MAX_AGE_MS are given up, and a failed flush puts its
 * entries back to be retried with the next one. At most one flush interval of samples is lost
 * when a process dies.
 */

/** Route keys of infrastructure endpoints: measured, but never judged as list/detail traffic. */
const INFRASTRUCTURE = /^(health|status|cron|api)\./;

/**
 * list: a route key ending in `.list`; detail: ending in `.get` (GET or HEAD); write: any other
 * method; other: the rest (progress polls, schedules, infrastructure).
 */
export function classifyEndpoint(key: string, method: string): EndpointKind {
  if (INFRASTRUCTURE.test(key)) return 'other';
  const m = method.toUpperCase();
  if (m !== 'GET' && m !== 'HEAD') return 'write';
  if (key.endsWith('.list')) return 'list';
  if (key.endsWith('.get')) return 'detail';
  return 'other';
}

type Entry = {
  minute: number;
  endpoint: string;
  kind: EndpointKind;
  requests: number;
  clientErrors: number;
  serverErrors: number;
  totalMs: number;
  maxMs: number;
  buckets: number[];
};

export const MAX_ENTRIES = 5_000;
const MAX_AGE_MS = 15 * 60_000;
export const FLUSH_INTERVAL_MS = 5_000;

type Recorder = {
  entries: Map<string, Entry>;
  timer: NodeJS.Timeout | undefined;
  flushing: Promise<number> | undefined;
  dropped: number;
};

// Kept on globalThis so that dev reloads share one buffer and one timer.
const store = globalThis as typeof globalThis & { __didtronApiSamples?: Recorder };
function recorder(): Recorder {
  store.__didtronApiSamples ??= { entries: new Map(), timer: undefined, flushing: undefined, dropped: 0 };
  return store.__didtronApiSamples;
}

function merge(r: Recorder, e: Entry): boolean {
  const key = `${e.minute}|${e.endpoint}|${e.kind}`;
  const existing = r.entries.get(key);
  if (existing) {
    existing.requests += e.requests;
    existing.clientErrors += e.clientErrors;
    existing.serverErrors += e.serverErrors;
    existing.totalMs += e.totalMs;
    existing.maxMs = Math.max(existing.maxMs, e.maxMs);
    addBuckets(existing.buckets, e.buckets);
    return true;
  }
  if (r.entries.size >= MAX_ENTRIES) {
    r.dropped += e.requests;
    // Logged at the first drop and then once per 10,000, not per request.
    if (Math.floor(r.dropped / 10_000) !== Math.floor((r.dropped - e.requests) / 10_000) || r.dropped === e.requests) logger.warn({ dropped: r.dropped }, 'API latency samples dropped: the buffer is full');
    return false;
  }
  r.entries.set(key, e);
  return true;
}

/** Records one request (called by the route wrapper after it answered). Never throws. */
export function recordApiSample(sample: { endpoint: string; method: string; status: number; durationMs: number; at?: Date }): void {
  try {
    const r = recorder();
    const at = sample.at?.getTime() ?? Date.now();
    const buckets = emptyBuckets();
    buckets[bucketIndex(sample.durationMs)] = 1;
    merge(r, {
      minute: Math.floor(at / 60_000) * 60_000,
      endpoint: sample.endpoint.slice(0, 200),
      kind: classifyEndpoint(sample.endpoint, sample.method),
      requests: 1,
      clientErrors: sample.status >= 400 && sample.status < 500 ? 1 : 0,
      serverErrors: sample.status >= 500 ? 1 : 0,
      totalMs: sample.durationMs,
      maxMs: sample.durationMs,
      buckets,
    });
    if (!r.timer) {
      r.timer = setInterval(() => void flushApiSamples(), FLUSH_INTERVAL_MS);
      // A metrics timer must never keep a process (or a test run) alive.
      r.timer.unref();
    }
  } catch (error) {
    logger.warn({ err: error }, 'could not record an API latency sample');
  }
}

export type SampleWriter = (entries: Entry[]) => Promise<void>;

/** One statement for the whole batch; a row that exists already gets the batch's numbers added. */
const writeToDatabase: SampleWriter = async (entries) => {
  const rows = entries.map((e) => ({
    minute: new Date(e.minute).toISOString(),
    endpoint: e.endpoint,
    kind: e.kind,
    requests: e.requests,
    client_errors: e.clientErrors,
    server_errors: e.serverErrors,
    total_ms: e.totalMs,
    max_ms: e.maxMs,
    buckets: `{${e.buckets.join(',')}}`,
  }));
  await infraDb().execute(sql`
    insert into api_latency_minute (minute, endpoint, kind, requests, client_errors, server_errors, total_ms, max_ms, buckets)
    select (r->>'minute')::timestamptz, r->>'endpoint', r->>'kind', (r->>'requests')::int, (r->>'client_errors')::int,
           (r->>'server_errors')::int, (r->>'total_ms')::float8, (r->>'max_ms')::float8, (r->>'buckets')::int[]
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as r
    on conflict (minute, endpoint, kind) do update set
      requests = api_latency_minute.requests + excluded.requests,
      client_errors = api_latency_minute.client_errors + excluded.client_errors,
      server_errors = api_latency_minute.server_errors + excluded.server_errors,
      total_ms = api_latency_minute.total_ms + excluded.total_ms,
      max_ms = greatest(api_latency_minute.max_ms, excluded.max_ms),
      buckets = (select array_agg(coalesce(a, 0) + coalesce(b, 0) order by i)
                 from unnest(api_latency_minute.buckets, excluded.buckets) with ordinality as u(a, b, i))`);
};

/**
 * Writes the buffered histograms and empties the buffer; on failure they go back into it (minus
 * those older than MAX_AGE_MS) for the next flush. Concurrent calls share one flush. Returns the
 * number of endpoint-minutes written.
 */
export function flushApiSamples(options: { writer?: SampleWriter } = {}): Promise<number> {
  const r = recorder();
  if (r.flushing) return r.flushing;
  const run = (async () => {
    if (r.entries.size === 0) return 0;
    const batch = [...r.entries.values()];
    r.entries.clear();
    try {
      await (options.writer ?? writeToDatabase)(batch);
      return batch.length;
    } catch (error) {
      const cutoff = Date.now() - MAX_AGE_MS;
      let kept = 0;
      for (const e of batch) if (e.minute >= cutoff && merge(r, e)) kept += 1;
      logger.warn({ err: error, entries: batch.length, kept }, 'could not flush API latency samples; retrying with the next flush');
      return 0;
    }
  })().finally(() => {
    r.flushing = undefined;
  });
  r.flushing = run;
  return run;
}

/** Buffer state, for tests and the status page. */
export function apiSampleBufferStats(): { entries: number; dropped: number } {
  const r = recorder();
  return { entries: r.entries.size, dropped: r.dropped };
}
