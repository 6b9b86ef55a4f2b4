import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, newNonce, securityHeaders } from './security-headers';
import { THEME_SCRIPT_SHA256 } from './theme-script';

const sandbox = { nonce: 'bm9uY2U=', production: false, development: false };

describe('securityHeaders', () => {
  it('forbids framing, plugins, foreign base URLs and foreign form targets; scripts need the nonce', () => {
    const csp = contentSecurityPolicy(sandbox);
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        `script-src 'self' 'nonce-bm9uY2U=' '${THEME_SCRIPT_SHA256}' 'strict-dynamic'`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|upgrade-insecure-requests/);
    expect(securityHeaders(sandbox)).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
    });
  });

  it("gives prerendered pages a policy without a nonce: 'self' and inline scripts, every other directive the same", () => {
    const csp = contentSecurityPolicy({ ...sandbox, nonce: null });
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    // A hash or nonce would make browsers ignore 'unsafe-inline' and block Next's inline scripts.
    expect(csp).not.toMatch(/'nonce-|'sha256-|'strict-dynamic'/);
    const withNonce = contentSecurityPolicy(sandbox).split('; ').filter((d) => !d.startsWith('script-src'));
    expect(csp.split('; ').filter((d) => !d.startsWith('script-src'))).toEqual(withNonce);
  });

  it('sends HSTS (and upgrades stray http subresources) in production only', () => {
    expect(securityHeaders(sandbox)).not.toHaveProperty('strict-transport-security');
    const production = securityHeaders({ ...sandbox, production: true });
    expect(production['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(production['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it("allows next dev's eval and hot-reload socket only in development", () => {
    const dev = contentSecurityPolicy({ ...sandbox, development: true });
    expect(dev).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(dev).toMatch(/connect-src 'self' ws: wss:/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe('proxy', () => {
  afterEach(() => {
    vi.resetModules();
    vi.unstubAllEnvs();
  });

  async function proxyFor(env: Record<string, string>) {
    vi.resetModules();
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    const { proxy } = await import('@/proxy');
    // A browser sends the Host header; NextRequest does not derive it from the URL.
    return (url: string) => proxy(new NextRequest(url, { headers: { host: new URL(url).host } }));
  }

  it('puts the headers on portal pages, API responses and its own 404s, with a nonce per request where pages render per request', async () => {
    const proxy = await proxyFor({ APP_MODE: 'sandbox' });
    const responses = await Promise.all(
      [
        'http://admin.localhost:3000/sign-in',
        'http://switch.pbx.localhost:3000/',
        'http://localhost:3000/api/health',
        'http://localhost:3000/api/nope',
        'http://localhost:3000/icon.svg',
        'http://127.0.0.1:3000/',
        'http://api.localhost:3000/api/x',
      ].map((url) => proxy(url)),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 404, 404]);
    for (const res of responses) {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const nonces = responses.map((r) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy')!)![1]);
    expect(new Set(nonces).size).toBe(nonces.length);
    // Next reads the policy (and the nonce) from the forwarded request headers.
    const page = responses[0]!;
    expect(page.headers.get('x-middleware-request-content-security-policy')).toBe(page.headers.get('content-security-policy'));
  });

  it('gives the prerendered pages (marketing, docs, sign-in) the same headers with a policy without a nonce, and forwards none', async () => {
    const proxy = await proxyFor({ APP_MODE: 'sandbox' });
    // (A reseller's host needs the database lookup: e2e/headers.routing.spec.ts covers /auth/sign-in there.)
    for (const url of ['http://localhost:3000/', 'http://www.localhost:3000/#pricing', 'http://docs.localhost:3000/rating', 'http://pbx.localhost:3000/sign-in', 'http://switch.pbx.localhost:3000/auth/sign-in']) {
      const res = await proxy(url);
      expect(res.status, url).toBe(200);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self' 'unsafe-inline'");
      expect(csp, url).not.toContain("'nonce-");
      expect(res.headers.get('x-frame-options'), url).toBe('DENY');
      expect(res.headers.get('x-middleware-request-content-security-policy'), url).toBeNull();
    }
    // Pages next to them that render per request keep the nonce.
    for (const url of ['http://pbx.localhost:3000/sign-up', 'http://pbx.localhost:3000/', 'http://switch.pbx.localhost:3000/auth/sign-in-not']) {
      expect((await proxy(url)).headers.get('content-security-policy'), url).toContain("'nonce-");
    }
  });

  it('serves /icon.svg itself on every portal host instead of rewriting it into a portal', async () => {
    const proxy = await proxyFor({ APP_MODE: 'sandbox' });
    for (const host of ['localhost', 'docs.localhost', 'pbx.localhost', 'admin.localhost']) {
      const res = await proxy(`http://${host}:3000/icon.svg`);
      expect(res.headers.get('x-middleware-rewrite'), host).toBeNull();
      expect(res.headers.get('x-middleware-next'), host).toBe('1');
    }
  });
});
