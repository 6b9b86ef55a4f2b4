import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAuthRequest } from '@/lib/auth/handler';
import { dispatchV1 } from '@/tests/support/v1-dispatch';
import { startWebServer } from '@/tests/web-server-harness';

/**
 * The README's curl example ("Call the API") runs as written against the app's request path (proxy,
 * Better Auth, /api/v1) on a loopback server; curl is pointed at it by a .curlrc `connect-to`, so
 * the commands keep the sandbox's real host names.
 */

const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Call the API'));
const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1];

let server: Awaited<ReturnType<typeof startWebServer>>;
let dir: string;

beforeAll(async () => {
  server = await startWebServer({ '/api/auth/': handleAuthRequest, '/api/v1/': dispatchV1 });
  dir = mkdtempSync(path.join(tmpdir(), 'readme-curl-'));
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README: calling the API with curl', () => {
  it('is three commands that sign in, create a key and call /api/v1/me with it', async () => {
    expect(script?.trim().split('\n')).toHaveLength(3);
    writeFileSync(path.join(dir, '.curlrc'), `connect-to = switch.pbx.localhost:3000:127.0.0.1:${server.port}\n`);
    const jar = path.join(dir, 'jar');
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script!.replaceAll('/tmp/didtron.jar', jar)], { env: { ...process.env, CURL_HOME: dir } });
    const me = JSON.parse(stdout) as { user: { email: string }; key: { name: string; prefix: string } | null };
    expect(me.user.email).toBe('customer-admin@didtron.localhost');
    expect(me.key).toMatchObject({ name: 'readme', prefix: expect.stringMatching(/^dtk_test_/) as unknown });
  }, 60_000);
});
