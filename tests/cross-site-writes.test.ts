import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from '@/tests/support/auth';

// Before anything reads config(): no trusted proxy, so a forged X-Forwarded-Host must not make a
// foreign Origin look like this host; the sandbox development actor stays on (it is an ambient
// credential too: a request without any cookie acts as a super admin).
vi.hoisted(() => {
  process.env.TRUSTED_PROXY = 'false';
});

const { withPlatform } = await import('@/db/client');
const { auditEvents } = await import('@/db/schema');
const { createApiKey } = await import('@/lib/api-keys/services/create-api-key');
const { permissionsOf } = await import('@/lib/auth/permissions');
const { HOSTS } = await import('@/tests/support/auth');
const { config } = await import('@/lib/config');
const { loadRouteRegistry, UNWRAPPED_ROUTES } = await import('@/tests/support/route-registry');
const { route } = await import('@/lib/http/route');
const { createUser, ctxOf, signInAs } = await import('./actors');

type RegisteredRoute = Awaited<ReturnType<typeof loadRouteRegistry>>[number];

/**
 * Cross-site writes, generated from the route registry: every route that may change something is
 * sent, with a live session of a user allowed to call it, the requests another page could make the
 * browser send (foreign and sibling origins, `Sec-Fetch-Site: cross-site`, a form or text/plain
 * body). Each must be refused before the handler runs (403 `cross_site_request` or 415
 * `unsupported_media_type`), and nothing may be audited; the same request from the page's own
 * origin, as JSON, gets through to the handler. A new write route is covered automatically.
 */

const routes = (await loadRouteRegistry()).filter((r) => !(r.file in UNWRAPPED_ROUTES));
const writes = routes.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));

/**
 * Public write routes authenticate otherwise, or act on a cookie and check the origin themselves:
 * each one is listed with its reason, so that a new one is reviewed here.
 */
const PUBLIC_WRITES: Record<string, 'checks origin' | string> = {
  'impersonation.end': 'checks origin',
  'cron.run': 'authenticated by its QStash signature or the cron secret, never by a cookie',
  'api.not_found': 'answers 404 to everything; changes nothing',
};

let staff: Browser;
let tenantAdmin: Browser;
let tenantKey: string;
let actorIds: string[];

beforeAll(async () => {
  expect(config().TRUSTED_PROXY).toBe(false);
  const staffUser = await createUser('didtron', 'super_admin', 'xsite-staff');
  const adminUser = await createUser('acme', 'tenant_admin', 'xsite-admin');
  [staff, tenantAdmin] = await Promise.all([signInAs(staffUser, HOSTS.admin), signInAs(adminUser, HOSTS.acme)]);
  tenantKey = (await createApiKey({ ctx: await ctxOf(adminUser, 'acme'), input: { name: 'xsite', scopes: [...permissionsOf('tenant_admin')] } })).key;
  actorIds = [staffUser.id, adminUser.id];
}, 60_000);

/** Audit events written by this file's users: a refused request must write none. */
async function auditCount(): Promise<number> {
  return (await withPlatform((tx) => tx.select({ id: auditEvents.id }).from(auditEvents).where(inArray(auditEvents.actorId, actorIds)))).length;
}

function browserFor(r: RegisteredRoute): Browser {
  return r.spec?.portal === 'admin' ? staff : tenantAdmin;
}

function paramsOf(r: RegisteredRoute): Record<string, string | string[]> {
  return Object.fromEntries(r.dynamic.map((d) => [d.name, d.catchAll ? [randomUUID()] : randomUUID()]));
}

type Send = { headers?: Record<string, string>; body?: BodyInit | null; drop?: string[] };

/** The request as the proxy hands it to the handler: the browser's host, cookie and (by default) its own Origin and a JSON body. */
async function send(r: RegisteredRoute, browser: Browser, { headers = {}, body = '{}', drop = [] }: Send = {}) {
  const params = paramsOf(r);
  const path = r.pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]?\]/g, (_m, name: string) => [params[name]].flat().join('/'));
  const h = browser.headers({ 'content-type': 'application/json', ...headers });
  for (const name of drop) h.delete(name);
  const res = await r.handler(new NextRequest(`http://${browser.at.host}${path}`, { method: r.method, headers: h, body }), { params: Promise.resolve(params) });
  const text = await res.text();
  return { status: res.status, code: (text.startsWith('{') ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined) ?? null, text };
}

/** A sibling host of the same site: another portal of the platform. */
const sibling = (browser: Browser) => (browser === staff ? `http://switch.pbx.localhost:3000` : `http://acme.localhost:3000`);

type Hostile = { name: string; req: (b: Browser) => Send; code: 'cross_site_request' | 'unsupported_media_type' };

const ORIGIN_CASES: Hostile[] = [
  { name: 'a foreign Origin', req: () => ({ headers: { origin: 'http://evil.example' } }), code: 'cross_site_request' },
  { name: 'a sibling *.<root> Origin (same site, other origin)', req: (b) => ({ headers: { origin: sibling(b) } }), code: 'cross_site_request' },
  { name: 'Sec-Fetch-Site: cross-site', req: () => ({ headers: { 'sec-fetch-site': 'cross-site' } }), code: 'cross_site_request' },
  { name: 'Sec-Fetch-Site: same-site', req: () => ({ headers: { 'sec-fetch-site': 'same-site' } }), code: 'cross_site_request' },
  { name: 'no Origin', req: () => ({ drop: ['origin'] }), code: 'cross_site_request' },
  { name: 'Origin: null (sandboxed frame, data: URL, redirect)', req: () => ({ headers: { origin: 'null' } }), code: 'cross_site_request' },
  { name: 'the same host on another port', req: (b) => ({ headers: { origin: `http://${b.at.host.replace(/:\d+$/, '')}:4000` } }), code: 'cross_site_request' },
  { name: 'the same host over another scheme', req: (b) => ({ headers: { origin: `https://${b.at.host}` } }), code: 'cross_site_request' },
  { name: 'a foreign Origin dressed up with X-Forwarded-Host (proxy not trusted)', req: () => ({ headers: { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' } }), code: 'cross_site_request' },
  { name: 'an Origin with a path', req: (b) => ({ headers: { origin: `http://${b.at.host}/x` } }), code: 'cross_site_request' },
];

const BODY_CASES: Hostile[] = [
  { name: 'a text/plain body', req: () => ({ headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: '{"all":true}' }), code: 'unsupported_media_type' },
  { name: 'a form-urlencoded body', req: () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'all=true' }), code: 'unsupported_media_type' },
  { name: 'a multipart body', req: () => ({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }), code: 'unsupported_media_type' },
  // A Uint8Array body gets no implicit Content-Type.
  { name: 'a body without a content type', req: () => ({ drop: ['content-type'], body: new TextEncoder().encode('{}') }), code: 'unsupported_media_type' },
  { name: 'a text/plain type without a body', req: () => ({ headers: { 'content-type': 'text/plain' }, body: null }), code: 'unsupported_media_type' },
];

describe('cross-site writes, for every write route of the registry', () => {
  it('has write routes to cover, and each public one is reviewed', () => {
    expect(writes.filter((r) => r.spec?.permission !== 'public').length).toBeGreaterThan(15);
    for (const r of writes.filter((x) => x.spec?.permission === 'public')) expect(PUBLIC_WRITES[r.spec!.key], `${r.method} ${r.pattern} is a public write route: review it in PUBLIC_WRITES`).toBeTruthy();
  });

  for (const r of writes) {
    const isPublic = r.spec?.permission === 'public';
    if (isPublic && PUBLIC_WRITES[r.spec!.key] !== 'checks origin') continue;
    it(`${r.method} ${r.pattern} [${r.spec?.key}] refuses another origin${isPublic ? '' : ' and a non-JSON body'}, and serves its own`, async () => {
      const browser = browserFor(r);
      const before = await auditCount();
      for (const c of isPublic ? ORIGIN_CASES : [...ORIGIN_CASES, ...BODY_CASES]) {
        const res = await send(r, browser, c.req(browser));
        expect({ status: res.status, code: res.code }, `${r.method} ${r.pattern} with ${c.name}: ${res.text.slice(0, 200)}`).toEqual({ status: c.code === 'cross_site_request' ? 403 : 415, code: c.code });
      }
      expect(await auditCount(), `${r.method} ${r.pattern}: a refused request was audited`).toBe(before);

      // Control: from its own origin, as JSON, the request reaches the handler (which may still refuse the made-up ids).
      for (const own of [{}, { headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' } }] satisfies Send[]) {
        const res = await send(r, browser, own);
        expect(res.status, `${r.method} ${r.pattern} from its own origin: ${res.text.slice(0, 200)}`).toBeLessThan(500);
        expect(res.code, `${r.method} ${r.pattern} from its own origin`).not.toBe('cross_site_request');
        expect(res.status, `${r.method} ${r.pattern} from its own origin`).not.toBe(415);
      }
    });
  }
});

describe('what the rule leaves alone', () => {
  const meRoute = () => routes.find((r) => r.spec?.key === 'v1.me' && r.method === 'GET')!;
  const asGet = (r: RegisteredRoute, headers: Record<string, string>) =>
    r.handler(new NextRequest(`http://${HOSTS.acme.host}${r.pattern}`, { headers: tenantAdmin.headers(headers) }), { params: Promise.resolve({}) });

  it('GET requests, whatever their Origin and Sec-Fetch-Site', async () => {
    const hostile: Record<string, string>[] = [{ origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of hostile) {
      expect((await asGet(meRoute(), headers)).status).toBe(200);
    }
  });

  it('API-key requests on /api/v1: a foreign Origin, cross-site and a text/plain body do not matter (no cookie is involved)', async () => {
    const hostile = { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' };
    const keyed = (path: string, headers: Record<string, string>, body?: string) => {
      const h = new Headers({ host: HOSTS.acme.host, 'x-portal': 'customer', 'x-tenant-slug': 'acme', 'x-request-id': randomUUID(), authorization: `Bearer ${tenantKey}`, ...headers });
      return new NextRequest(`http://${HOSTS.acme.host}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: h, body });
    };
    // A write endpoint of the public API, built with route() as every endpoint is.
    const write = route({ key: 'test.v1.write', permission: 'portal.use' }, async ({ req, ctx }) => Response.json({ by: ctx.actor.apiKey?.prefix ?? null, body: await req.text() }));
    const res = await write(keyed('/api/v1/probe', hostile, 'ping'), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ by: expect.any(String), body: 'ping' });
    expect((await meRoute().handler(keyed('/api/v1/me', hostile), { params: Promise.resolve({}) })).status).toBe(200);
    // The same write with the session cookie instead of the key is refused.
    const bySession = await write(new NextRequest(`http://${HOSTS.acme.host}/api/v1/probe`, { method: 'POST', headers: tenantAdmin.headers(hostile), body: 'ping' }), { params: Promise.resolve({}) });
    expect(bySession.status).toBe(403);
    expect(await bySession.json()).toMatchObject({ error: { code: 'cross_site_request', requestId: expect.any(String) } });
  });

  it('the sandbox development actor (no cookie at all) is an ambient credential too', async () => {
    const demo = writes.find((r) => r.spec?.key === 'admin.jobs.demo')!;
    const anonymous = { headers: () => new Headers({ host: HOSTS.admin.host, 'x-portal': 'admin', 'x-request-id': randomUUID(), origin: 'http://evil.example', 'content-type': 'application/json' }), at: HOSTS.admin } as unknown as Browser;
    const res = await send(demo, anonymous);
    expect({ status: res.status, code: res.code }).toEqual({ status: 403, code: 'cross_site_request' });
  });
});
