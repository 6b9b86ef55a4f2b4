import http from 'node:http';
import { expect, test } from '@playwright/test';

/** `curl -H 'Host: …'` for each row of the host table: raw HTTP, so the Host header is ours to set. */
function get(host: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers: { host, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('host routing', () => {
  const rows: Array<[string, string, RegExp]> = [
    ['localhost:3100', '/', /data-portal="marketing"/],
    ['www.localhost', '/', /data-portal="marketing"/],
    ['pbx.localhost', '/', /data-portal="signup"[\s\S]*DIDTron/],
    ['switch.pbx.localhost', '/', /data-portal="customer"[\s\S]*Sign in to (<!-- -->)?DIDTron/],
    ['carrier.localhost', '/sign-in', /data-portal="carrier"/],
    ['docs.localhost', '/', /data-portal="docs"[\s\S]*Getting started/],
    ['voice.acme.localhost', '/', /data-portal="customer"[\s\S]*Acme Voice/],
    ['voice.acme.localhost', '/auth', /data-portal="signup"[\s\S]*Acme Voice/],
    ['acme.localhost', '/', /data-portal="customer"[\s\S]*Acme Voice/],
    ['ADMIN.LOCALHOST.:3100', '/sign-in', /data-portal="admin"/],
  ];
  for (const [host, path, expected] of rows) {
    test(`${host}${path} serves its portal`, async () => {
      const res = await get(host, path);
      expect(res.status).toBe(200);
      expect(res.body).toMatch(expected);
    });
  }

  test('the admin console sends anonymous visitors to sign in, and comes back afterwards', async () => {
    const root = await get('admin.localhost', '/');
    expect(root.status).toBe(307);
    expect(root.headers.location).toBe('/sign-in');
    const deep = await get('admin.localhost', '/tenants?q=acme');
    expect(deep.headers.location).toBe('/sign-in?next=%2Ftenants%3Fq%3Dacme');
  });

  test('admin APIs answer 401 without a session', async () => {
    const res = await get('admin.localhost', '/api/admin/tenants');
    expect(res.status).toBe(401);
  });

  for (const host of ['unknown.example.com', 'nobody.localhost', '127.0.0.1', 'api.localhost', 'switch.localhost']) {
    test(`unknown host ${host} is a 404, never a default tenant`, async () => {
      const res = await get(host, '/');
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/data-portal/);
    });
  }

  for (const [host, path] of [
    ['localhost', '/admin/tenants'],
    ['localhost', '/site'],
    ['localhost', '/portal/acme'],
    ['admin.localhost', '/admin/tenants'],
    ['admin.localhost', '/portal/acme'],
    ['docs.localhost', '/docs/rating'],
    ['switch.pbx.localhost', '/portal/acme'],
    ['voice.acme.localhost', '/portal/didtron'],
    ['pbx.localhost', '/auth/acme'],
  ]) {
    test(`rewritten segment ${path} hit directly on ${host} is a 404`, async () => {
      expect((await get(host!, path!)).status).toBe(404);
    });
  }

  test('forged x-tenant-* and x-middleware-subrequest headers have no effect', async () => {
    const forged = { 'x-tenant-slug': 'acme', 'x-portal': 'admin', 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy', 'x-tenant-id': '00000000-0000-0000-0000-000000000000' };
    const marketing = await get('localhost', '/', forged);
    expect(marketing.body).toMatch(/data-portal="marketing"/);
    expect((await get('localhost', '/admin/tenants', forged)).status).toBe(404);
    const customer = await get('switch.pbx.localhost', '/', forged);
    expect(customer.body).toMatch(/Sign in to (<!-- -->)?DIDTron/);
    expect(customer.body).not.toMatch(/Acme Voice/);
    // An admin API from the marketing host stays a 404 even with a forged portal header.
    expect((await get('localhost', '/api/admin/tenants', forged)).status).toBe(404);
  });

  test('X-Forwarded-Host is ignored unless TRUSTED_PROXY is set', async () => {
    const res = await get('localhost', '/', { 'x-forwarded-host': 'admin.localhost' });
    expect(res.body).toMatch(/data-portal="marketing"/);
  });

  test('unknown /api paths answer JSON 404; health reports the database', async () => {
    const missing = await get('localhost', '/api/nope');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'not_found' } });
    const health = await get('localhost', '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', database: { ok: true, version: expect.any(String) } });
  });
});
