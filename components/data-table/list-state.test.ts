import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { fetchList } from './fetch-list';
import { applyListPatch, nextSort, parseSort, rangeText, readListState, toEndpointParams, type ListStateOptions } from './list-state';

const opts: ListStateOptions = { defaults: { sort: '-createdAt' }, filterKeys: ['status', 'type'] };
const sp = (s: string) => new URLSearchParams(s);

describe('list state in the URL', () => {
  it('reads defaults from an empty URL', () => {
    expect(readListState(sp(''), opts)).toEqual({ limit: 25, sort: '-createdAt', q: '', cursor: null, page: 1, filters: {} });
  });

  it('reads every part and ignores unrelated parameters', () => {
    const s = readListState(sp('limit=50&sort=name&q=acme&cursor=abc&page=3&status=active&tab=billing&other=1'), opts);
    expect(s).toEqual({ limit: 50, sort: 'name', q: 'acme', cursor: 'abc', page: 3, filters: { status: 'active' } });
  });

  it('clamps or ignores a bad limit and page', () => {
    expect(readListState(sp('limit=5000'), opts).limit).toBe(100);
    expect(readListState(sp('limit=-1'), opts).limit).toBe(25);
    expect(readListState(sp('limit=abc'), opts).limit).toBe(25);
    expect(readListState(sp('page=7'), opts).page).toBe(1); // no cursor: first page whatever it says
    expect(readListState(sp('cursor=x&page=0'), opts).page).toBe(1);
  });

  it('namespaces parameters with a prefix', () => {
    const o = { ...opts, prefix: 'calls.' };
    expect(readListState(sp('sort=name&calls.sort=slug&calls.status=x'), o)).toMatchObject({ sort: 'slug', filters: { status: 'x' } });
    expect(applyListPatch(sp('sort=name'), { sort: 'slug' }, o).toString()).toBe('sort=name&calls.sort=slug');
  });

  it('resets the cursor when sort, search, filter or page size change', () => {
    const base = sp('cursor=abc&page=2&tab=x');
    for (const patch of [{ sort: 'name' }, { q: 'a' }, { filters: { status: 'active' } }, { limit: 50 }]) {
      const next = applyListPatch(base, patch, opts);
      expect(next.get('cursor')).toBeNull();
      expect(next.get('page')).toBeNull();
      expect(next.get('tab')).toBe('x');
    }
  });

  it('drops values equal to the default and empty ones', () => {
    expect(applyListPatch(sp('sort=name&limit=50&q=x&status=a'), { sort: '-createdAt', limit: 25, q: '  ', filters: { status: null } }, opts).toString()).toBe('');
  });

  it('moves between pages with cursor and page number', () => {
    const p2 = applyListPatch(sp('q=a'), { cursor: 'n1', page: 2 }, opts);
    expect(p2.toString()).toBe('q=a&cursor=n1&page=2');
    expect(readListState(p2, opts)).toMatchObject({ cursor: 'n1', page: 2, q: 'a' });
    expect(applyListPatch(p2, { cursor: null }, opts).toString()).toBe('q=a');
  });

  it('builds endpoint parameters in a stable order', () => {
    const s = readListState(sp('type=b&status=a&q=%20x%20&cursor=c&sort=name'), opts);
    expect(toEndpointParams(s).toString()).toBe('limit=25&sort=name&q=x&cursor=c&status=a&type=b');
  });

  it('cycles header sorting', () => {
    expect(parseSort('-name')).toEqual({ key: 'name', direction: 'desc' });
    expect(parseSort(null)).toBeNull();
    expect(nextSort('-createdAt', 'name')).toBe('name');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort(null, 'balance', true)).toBe('-balance');
  });

  it('describes the range shown', () => {
    expect(rangeText(1, 25, 25)).toBe('Showing 1\u201325');
    expect(rangeText(2, 25, 25)).toBe('Showing 26\u201350');
    expect(rangeText(3, 25, 4)).toBe('Showing 51\u201354');
    expect(rangeText(1, 25, 0)).toBe('No results');
  });
});

describe('fetchList against a real HTTP server', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://x');
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/ok') {
        res.end(JSON.stringify({ items: [{ id: '1' }], pageInfo: { nextCursor: 'n', prevCursor: null, limit: Number(url.searchParams.get('limit')) } }));
      } else if (url.pathname === '/invalid') {
        res.statusCode = 422;
        res.end(JSON.stringify({ error: { code: 'invalid_input', message: 'sort: unknown sort "x"', details: [{ path: 'sort', message: 'unknown' }], requestId: 'r1' } }));
      } else if (url.pathname === '/crash') {
        res.statusCode = 502;
        res.setHeader('content-type', 'text/html');
        res.end('<html>bad gateway</html>');
      } else {
        res.end(JSON.stringify({ rows: [] }));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const state = readListState(sp('sort=name&q=acme&status=active&cursor=c1&page=2'), opts);

  it('sends the list parameters and returns the page', async () => {
    const page = await fetchList<{ id: string }>(`${base}/ok`, state);
    expect(page).toEqual({ items: [{ id: '1' }], pageInfo: { nextCursor: 'n', prevCursor: null, limit: 25 } });
    expect(seen.at(-1)).toBe('/ok?limit=25&sort=name&q=acme&cursor=c1&status=active');
  });

  it('surfaces the API error body', async () => {
    const err = await fetchList(`${base}/invalid`, state).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 422, code: 'invalid_input', message: 'sort: unknown sort "x"', requestId: 'r1', details: [{ path: 'sort', message: 'unknown' }] });
  });

  it('handles a non-JSON error, a wrong shape and an unreachable server', async () => {
    await expect(fetchList(`${base}/crash`, state)).rejects.toMatchObject({ status: 502, code: 'http_error' });
    await expect(fetchList(`${base}/shape`, state)).rejects.toMatchObject({ code: 'bad_response' });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(fetchList(`http://127.0.0.1:${port}/ok`, state)).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
