import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb } from '@/db/client';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { apiSampleBufferStats, flushApiSamples, MAX_ENTRIES, recordApiSample } from './api-samples';
import { histogramQuantile } from './histogram';

const params = { params: Promise.resolve({}) };
const request = (method = 'GET') => new NextRequest('http://admin.localhost/api/x', { method, headers: { 'x-portal': 'admin' } });

type Row = { minute: string | Date; kind: string; requests: number; client_errors: number; server_errors: number; max_ms: number; buckets: number[] };
async function rowsOf(endpoint: string): Promise<Row[]> {
  return infraDb().execute<Row>(sql`select minute, kind, requests, client_errors, server_errors, max_ms, buckets from api_latency_minute where endpoint = ${endpoint} order by minute, kind`);
}

afterAll(async () => {
  await flushApiSamples();
  await closeDb();
});

describe('API latency samples from the route wrapper', () => {
  it('records every answered request (status, kind, duration) and flushes them into per-minute histograms', async () => {
    const key = `test.samples-${randomUUID().slice(0, 8)}`;
    const list = route({ key: `${key}.list`, permission: 'public', portal: 'admin' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return Response.json({ items: [] });
    });
    const missing = route({ key: `${key}.get`, permission: 'public', portal: 'admin' }, async () => {
      throw new NotFoundError();
    });
    const crash = route({ key: `${key}.write`, permission: 'public', portal: 'admin' }, async () => {
      throw new Error('boom');
    });
    for (let i = 0; i < 3; i++) expect((await list(request(), params)).status).toBe(200);
    expect((await missing(request(), params)).status).toBe(404);
    expect((await crash(request('POST'), params)).status).toBe(500);

    await flushApiSamples();
    const [listRow, ...moreList] = await rowsOf(`${key}.list`);
    expect(moreList).toHaveLength(0);
    expect(listRow).toMatchObject({ kind: 'list', requests: 3, client_errors: 0, server_errors: 0 });
    expect(listRow!.buckets.reduce((s, n) => s + n, 0)).toBe(3);
    // The handler sleeps 30 ms: the histogram places every request at or above it.
    expect(histogramQuantile(listRow!.buckets, 0.5, listRow!.max_ms)).toBeGreaterThanOrEqual(20);
    expect((await rowsOf(`${key}.get`))[0]).toMatchObject({ kind: 'detail', requests: 1, client_errors: 1, server_errors: 0 });
    expect((await rowsOf(`${key}.write`))[0]).toMatchObject({ kind: 'write', requests: 1, server_errors: 1 });
  });

  it('adds to the row a minute already has (several processes flush the same minute)', async () => {
    const endpoint = `test.merge-${randomUUID().slice(0, 8)}.list`;
    const at = new Date('2030-05-05T10:10:20Z');
    recordApiSample({ endpoint, method: 'GET', status: 200, durationMs: 10, at });
    await flushApiSamples();
    recordApiSample({ endpoint, method: 'GET', status: 200, durationMs: 400, at: new Date(at.getTime() + 30_000) });
    recordApiSample({ endpoint, method: 'GET', status: 503, durationMs: 900, at: new Date(at.getTime() + 31_000) });
    await flushApiSamples();
    const rows = await rowsOf(endpoint);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ requests: 3, server_errors: 1, max_ms: 900 });
    expect(new Date(rows[0]!.minute).toISOString()).toBe('2030-05-05T10:10:00.000Z');
    expect(rows[0]!.buckets.reduce((s, n) => s + n, 0)).toBe(3);
  });

  it('keeps the samples when a flush fails and writes them with the next one', async () => {
    const endpoint = `test.retry-${randomUUID().slice(0, 8)}.list`;
    recordApiSample({ endpoint, method: 'GET', status: 200, durationMs: 15 });
    const written = await flushApiSamples({
      writer: async () => {
        throw new Error('database unreachable');
      },
    });
    expect(written).toBe(0);
    expect(await rowsOf(endpoint)).toHaveLength(0);
    expect(apiSampleBufferStats().entries).toBeGreaterThanOrEqual(1);
    await flushApiSamples();
    expect((await rowsOf(endpoint))[0]).toMatchObject({ requests: 1 });
  });

  it('is bounded: beyond MAX_ENTRIES endpoint-minutes new samples are dropped and counted, never thrown', async () => {
    await flushApiSamples();
    const before = apiSampleBufferStats().dropped;
    const batch: unknown[] = [];
    for (let i = 0; i < MAX_ENTRIES + 10; i++) recordApiSample({ endpoint: `test.bound-${i}.list`, method: 'GET', status: 200, durationMs: 1, at: new Date('2030-01-01T00:00:00Z') });
    expect(apiSampleBufferStats().entries).toBe(MAX_ENTRIES);
    expect(apiSampleBufferStats().dropped - before).toBe(10);
    // Throw away this synthetic batch instead of writing 5,000 rows.
    await flushApiSamples({ writer: async (entries) => void batch.push(...entries) });
    expect(batch).toHaveLength(MAX_ENTRIES);
    expect(apiSampleBufferStats().entries).toBe(0);
  });
});
