import { request } from 'node:http';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, type Browser } from '@/tests/support/auth';
import type { components, paths } from '@/tests/support/api-v1';
import { createUser, signInAs } from '@/tests/actors';
import { dispatchV1 } from '@/tests/support/v1-dispatch';
import { startWebServer } from '@/tests/web-server-harness';

/**
 * The API as a client sees it: over HTTP (a loopback server running the proxy, then the route),
 * through `openapi-fetch` typed from the published document (tests/support/api-v1.ts, kept fresh by
 * tests/openapi.test.ts). A contract change that this client's use no longer fits fails the type
 * check of this file, or its assertions.
 */

let server: Awaited<ReturnType<typeof startWebServer>>;

/** A fetch that sends to the loopback server with the Host of the portal (fetch itself may not set Host). */
function fetchVia(host: string, headers: Record<string, string>) {
  return async (input: Request): Promise<Response> => {
    const body = input.body ? await input.text() : undefined;
    const url = new URL(input.url);
    const sent: Record<string, string> = { ...Object.fromEntries(input.headers), ...headers, host };
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method: input.method, path: `${url.pathname}${url.search}`, headers: sent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out.set(k, v);
          const status = res.statusCode ?? 0;
          resolve(new Response(status === 204 ? null : Buffer.concat(chunks), { status, headers: out }));
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  };
}

const host = HOSTS.rootPortal.host;
/** The portal's own session: what manages keys. */
const sessionClient = (browser: Browser) => createClient<paths>({ baseUrl: `http://${host}`, fetch: fetchVia(host, { cookie: browser.cookieHeader(), origin: `http://${host}` }) });
/** A script holding a key. */
const keyClient = (key: string) => createClient<paths>({ baseUrl: `http://${host}`, fetch: fetchVia(host, { authorization: `Bearer ${key}` }) });

let browser: Browser;

beforeAll(async () => {
  server = await startWebServer({ '/api/v1/': dispatchV1 });
  browser = await signInAs(await createUser('didtron', 'customer_admin', 'typed-client'), HOSTS.rootPortal);
});

afterAll(async () => {
  await server?.close();
});

describe('/api/v1 through the typed client', () => {
  it('creates keys, pages through them, calls /me with one, revokes it, and gets the error envelope after', async () => {
    const api = sessionClient(browser);
    const created = [];
    for (const name of ['typed one', 'typed two', 'typed three']) {
      const { data, error, response } = await api.POST('/api/v1/keys', { body: { name, scopes: ['portal.use'] } });
      expect(response.status, JSON.stringify(error)).toBe(201);
      expect(data!.key).toMatch(/^dtk_test_/);
      created.push(data!);
    }

    // Page by page, two at a time, following nextCursor until it is null.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { data } = await api.GET('/api/v1/keys', { params: { query: { limit: 2, sort: 'name', ...(cursor ? { cursor } : {}) } } });
      expect(data!.pageInfo.limit).toBe(2);
      seen.push(...data!.items.map((k) => k.name));
      if (!data!.pageInfo.nextCursor) break;
      cursor = data!.pageInfo.nextCursor;
    }
    expect(seen).toEqual(['typed one', 'typed three', 'typed two']);

    const key = created[0]!;
    const me = await keyClient(key.key).GET('/api/v1/me');
    expect(me.data!.key).toEqual({ id: key.id, name: 'typed one', prefix: key.prefix, scopes: ['portal.use'] });
    expect(me.data!.permissions).toEqual(['portal.use']);

    const one = await api.GET('/api/v1/keys/{id}', { params: { path: { id: key.id } } });
    expect(one.data!.status).toBe('active');
    const revoked = await api.DELETE('/api/v1/keys/{id}', { params: { path: { id: key.id } } });
    expect(revoked.data!.status).toBe('revoked');
    expect(revoked.data!.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    const refused = await keyClient(key.key).GET('/api/v1/me');
    expect(refused.response.status).toBe(401);
    expect(refused.error!.error.code).toBe('unauthorized');
    expect(refused.error!.error.requestId).toBe(refused.response.headers.get('x-request-id'));
  });

  it('answers a bad body with a 422 whose details name each field', async () => {
    const { error, response } = await sessionClient(browser).POST('/api/v1/keys', { body: { name: '', scopes: [] } });
    expect(response.status).toBe(422);
    expect(error!.error.code).toBe('invalid_input');
    // A 422 is the InvalidInputError of the document: its details are field problems.
    const invalid = error as components['schemas']['InvalidInputError'];
    expect(invalid.error.details.map((d) => d.path).sort()).toEqual(['name', 'scopes']);
  });

  it('refuses key management with a key (403 in the envelope)', async () => {
    const { data } = await sessionClient(browser).POST('/api/v1/keys', { body: { name: 'typed reader', scopes: ['portal.use', 'api_keys.read'] } });
    const { error, response } = await keyClient(data!.key).GET('/api/v1/keys');
    expect(response.status).toBe(403);
    expect(error!.error.code).toBe('forbidden');
  });
});
