import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before anything reads config(): behind one trusted load balancer that appends to X-Forwarded-For.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY = 'true';
  process.env.TRUSTED_PROXY_HOPS = '1';
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
// Every request arrives from the load balancer's socket.
const balancer = loopbackAddress();

beforeAll(async () => {
  brevo = await startAuthTestEnv();
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
const reset = (headers: Record<string, string>) =>
  send(server.port, balancer, { path: '/api/auth/request-password-reset', headers: { host: 'web-1.internal:3000', 'x-forwarded-host': at, origin: `http://${at}`, ...headers }, body: { email: uniqueEmail(), redirectTo: '/reset-password' } });

describe('client address behind a trusted proxy (TRUSTED_PROXY_HOPS=1)', () => {
  it('keys Better Auth\'s limits on the address the balancer appended, not on the client\'s leftmost entries', async () => {
    expect(config()).toMatchObject({ TRUSTED_PROXY: true, TRUSTED_PROXY_HOPS: 1 });
    const real = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const other = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    await atFreshWindow(300);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await reset({ 'x-forwarded-for': `10.66.0.${i}, ${real}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Another real client behind the same balancer has its own bucket, even naming the first as "forged".
    expect((await reset({ 'x-forwarded-for': `${real}, ${other}` })).status).toBe(200);
  });

  it('picks X-Forwarded-Host the same way: the entry the balancer wrote, not the client\'s', async () => {
    const signUp = (forwardedHosts: string) =>
      send(server.port, balancer, {
        path: '/api/auth/sign-up/email',
        headers: { host: 'web-1.internal:3000', 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 20}`, 'x-forwarded-host': forwardedHosts, origin: `http://${forwardedHosts.split(', ').at(-1)}` },
        body: { name: 'Jane Doe', email: uniqueEmail(), password: 'correct-horse-battery' },
      });
    // The client named the admin host (where nobody signs up); the balancer appended the sign-up host.
    const onSignUpHost = await signUp(`${HOSTS.admin.host}, ${at}`);
    expect(onSignUpHost.status, onSignUpHost.text).toBe(200);
    // The other way round the request is for the admin host, which refuses sign-up.
    const onAdminHost = await signUp(`${at}, ${HOSTS.admin.host}`);
    expect(onAdminHost.status, onAdminHost.text).toBe(400);
  });

  it('records the resolved address in the audit log', async () => {
    const user = await createUser('didtron', 'customer_admin');
    const browser = await signInAs(user, HOSTS.rootPortal);
    const res = await send(server.port, balancer, {
      path: '/api/v1/keys',
      headers: {
        host: 'web-1.internal:3000',
        'x-forwarded-host': HOSTS.rootPortal.host,
        origin: `http://${HOSTS.rootPortal.host}`,
        cookie: browser.cookieHeader(),
        'x-forwarded-for': '203.0.113.9, 198.51.100.77',
        'x-didtron-client-ip': '203.0.113.9',
      },
      body: { name: 'audit probe', scopes: ['api_keys.read'] },
    });
    expect(res.status, res.text).toBe(201);
    const { id } = JSON.parse(res.text) as { id: string };
    const [row] = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, id)));
    expect(row?.ip).toBe('198.51.100.77');
  });
});
