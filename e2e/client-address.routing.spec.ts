import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * The real launcher (scripts/start.ts -> scripts/web-server.ts -> Next -> proxy.ts -> Better Auth):
 * rate limits are keyed on the socket peer, so a client cannot dodge its bucket by forging
 * X-Forwarded-For, nor fill someone else's. Any 127.0.0.0/8 source address is its own socket peer.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const host = `pbx.localhost:${port}`;

function resetRequest(from: string, headers: Record<string, string> = {}): Promise<number> {
  const body = JSON.stringify({ email: `nobody-${Math.random().toString(36).slice(2)}@example.com`, redirectTo: '/reset-password' });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path: '/api/auth/request-password-reset',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// Addresses no other test (nor a retry of this one) uses: their buckets start empty.
const loopback = () => `127.${Math.floor(Math.random() * 254) + 1}.${Math.floor(Math.random() * 254) + 1}.${Math.floor(Math.random() * 254) + 1}`;

test('the auth rate limit follows the socket peer, whatever X-Forwarded-For says', async () => {
  // Five password-reset requests per address in a fixed 5-minute window (aligned to the epoch):
  // start early in a window so that the six requests fall into one.
  const windowMs = 300_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 10_000) await new Promise((r) => setTimeout(r, left + 50));

  const attacker = loopback();
  const neighbour = loopback();
  const statuses: number[] = [];
  for (let i = 1; i <= 6; i++) statuses.push(await resetRequest(attacker, { 'x-forwarded-for': `198.51.100.${i}`, 'x-didtron-client-ip': `198.51.100.${i}` }));
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  // Another peer is unaffected, even claiming to be the attacker.
  expect(await resetRequest(neighbour, { 'x-forwarded-for': attacker })).toBe(200);
});
