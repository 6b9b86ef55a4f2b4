import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before anything reads config(): no trusted proxy, so the socket peer is the client.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY = 'false';
});

const { withPlatform } = await import('@/db/client');
const { auditEvents } = await import('@/db/schema');
const { POST: createKey } = await import('@/app/api/v1/keys/route');
const { config } = await import('@/lib/config');
const { handleAuthRequest } = await import('./handler');
const { atFreshWindow, HOSTS, startAuthTestEnv, uniqueEmail } = await import('@/tests/support/auth');
const { createUser, signInAs } = await import('@/tests/actors');
const { loopbackAddress, send, startWebServer } = await import('@/tests/web-server-harness');

let brevo: Awaited<ReturnType<typeof startAuthTestEnv>>;
let server: Awaited<ReturnType<typeof startWebServer>>;

beforeAll(async () => {
  brevo = await startAuthTestEnv();
  process.env.TRUSTED_PROXY = 'false';
  server = await startWebServer({
    '/api/auth/': handleAuthRequest,
    '/api/v1/keys': (req) => createKey(req, { params: Promise.resolve({}) }),
  });
});

afterAll(async () => {
  await server?.close();
  await brevo?.close();
});

const at = HOSTS.root.host;
const reset = (from: string, headers: Record<string, string> = {}) =>
  send(server.port, from, { path: '/api/auth/request-password-reset', headers: { host: at, origin: `http://${at}`, ...headers }, body: { email: uniqueEmail(), redirectTo: '/reset-password' } });

describe('client address without a trusted proxy', () => {
  it('keys Better Auth\'s limits on the socket peer: forged headers change nothing, another peer has its own bucket', async () => {
    expect(config().TRUSTED_PROXY).toBe(false);
    const attacker = loopbackAddress();
    const neighbour = loopbackAddress();
    await atFreshWindow(300);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      // A new forged address on every request, and a forged copy of the app's own header.
      statuses.push((await reset(attacker, { 'x-forwarded-for': `198.51.100.${i}`, 'x-didtron-client-ip': `198.51.100.${i}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // The exhausted bucket is the attacker's alone, even when the neighbour names the attacker's address.
    expect((await reset(neighbour)).status).toBe(200);
    expect((await reset(neighbour, { 'x-forwarded-for': attacker })).status).toBe(200);
  });

  it('records the socket peer in the audit log, not what the client forwards', async () => {
    const user = await createUser('didtron', 'customer_admin');
    const browser = await signInAs(user, HOSTS.rootPortal);
    const from = loopbackAddress();
    const res = await send(server.port, from, {
      path: '/api/v1/keys',
      headers: { host: HOSTS.rootPortal.host, origin: `http://${HOSTS.rootPortal.host}`, cookie: browser.cookieHeader(), 'x-forwarded-for': '203.0.113.9', 'x-didtron-client-ip': '203.0.113.9' },
      body: { name: 'audit probe', scopes: ['api_keys.read'] },
    });
    expect(res.status, res.text).toBe(201);
    const { id } = JSON.parse(res.text) as { id: string };
    const [row] = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, id)));
    expect(row?.ip).toBe(from);
  });
});
