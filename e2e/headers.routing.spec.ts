import http from 'node:http';
import { expect, test } from '@playwright/test';

/** Raw HTTP with our own Host header, as in routing.spec.ts: every portal host of the e2e sandbox. */
function get(host: string, path: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const PORTAL_HOSTS = ['localhost', 'www.localhost', 'pbx.localhost', 'switch.pbx.localhost', 'carrier.localhost', 'admin.localhost', 'docs.localhost', 'voice.acme.localhost', 'acme.localhost'];

function expectSecurityHeaders(headers: http.IncomingHttpHeaders, what: string) {
  const csp = String(headers['content-security-policy'] ?? '');
  for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) {
    expect(csp, `${what}: CSP has ${directive}`).toContain(directive);
  }
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(String(headers['permissions-policy'] ?? ''), what).toContain('camera=()');
  // The e2e server runs in sandbox mode over http: HSTS is production-only (unit-tested there).
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

test.describe('security headers', () => {
  for (const host of PORTAL_HOSTS) {
    test(`${host}: pages, the icon and the API carry them`, async () => {
      const page = await get(host, host === 'admin.localhost' || host === 'carrier.localhost' ? '/sign-in' : '/');
      expect(page.status).toBe(200);
      expectSecurityHeaders(page.headers, `${host} page`);
      expectSecurityHeaders((await get(host, '/api/nope')).headers, `${host} API 404`);
      expectSecurityHeaders((await get(host, '/no-such-page')).headers, `${host} page 404`);
    });
  }

  test('redirects, health, the proxy\'s own 404 and admin API errors carry them too', async () => {
    const redirect = await get('admin.localhost', '/');
    expect(redirect.status).toBe(307);
    expectSecurityHeaders(redirect.headers, 'admin redirect');
    expectSecurityHeaders((await get('localhost', '/api/health')).headers, 'health');
    const unknown = await get('unknown.example.com', '/');
    expect(unknown.status).toBe(404);
    expectSecurityHeaders(unknown.headers, 'unknown host page');
    expectSecurityHeaders((await get('nobody.localhost', '/api/health-not')).headers, 'unknown host API');
    const admin = await get('admin.localhost', '/api/admin/tenants');
    expect(admin.status).toBe(401);
    expectSecurityHeaders(admin.headers, 'admin API 401');
  });
});

test.describe('favicon', () => {
  for (const host of PORTAL_HOSTS) {
    test(`${host}/icon.svg answers 200 image/svg+xml, and every icon the page links to loads`, async () => {
      const icon = await get(host, '/icon.svg');
      expect(icon.status).toBe(200);
      expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const page = await get(host, host === 'admin.localhost' || host === 'carrier.localhost' ? '/sign-in' : '/');
      const links = [...page.body.matchAll(/<link rel="(?:shortcut )?icon" href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      expect(links.length, `${host} links an icon`).toBeGreaterThan(0);
      for (const href of links) expect((await get(host, href)).status, `${host} ${href}`).toBe(200);
    });
  }
});
