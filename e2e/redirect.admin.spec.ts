import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * A hostile `?next=` against the running app: the raw request line as an attacker sends it (so no
 * client normalises it first), signed in and signed out, and the whole sign-in in Chromium, which
 * drops tabs from URLs. No answer may be a 5xx, and no Location or final page may leave the origin.
 */

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://admin.localhost:${PORT}`;

const HOSTILE = [
  '/%09/evil.example',
  '/%09%09/evil.example/x',
  '/%0a/evil.example',
  '/%0d/evil.example',
  '/%0d%0aSet-Cookie:%20a=b',
  '/%00/evil.example',
  '/%5C/evil.example',
  '/%5C%2F/evil.example',
  '//evil.example',
  '/%2F%2Fevil.example',
  '/..//evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  '//user:pass@evil.example',
];

function get(path: string, cookie?: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, path, headers: { host: `admin.localhost:${PORT}`, ...(cookie ? { cookie } : {}) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectOnOrigin(res: { status: number; location?: string }, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.location) {
    expect(res.location, what).toMatch(/^[\x21-\x7e]+$/);
    expect(new URL(res.location, ORIGIN).origin, `${what} -> ${res.location}`).toBe(ORIGIN);
  }
}

test('signed in: the sign-in and two-factor pages redirect within the origin, never with a 5xx', async ({ page }) => {
  const cookie = (await page.context().cookies(ORIGIN)).map((c) => `${c.name}=${c.value}`).join('; ');
  expect(cookie).toContain('session_token');
  for (const next of HOSTILE) {
    for (const pagePath of ['/sign-in', '/two-factor']) {
      const res = await get(`${pagePath}?next=${next}`, cookie);
      expect(res.status, `${pagePath}?next=${next}`).toBe(307);
      expectOnOrigin(res, `${pagePath}?next=${next}`);
    }
  }
  expect((await get('/sign-in?next=%2Fusers', cookie)).location).toBe('/users');
});

test('signed out: the pages render, and signing in from a hostile link stays on the origin', async ({ browser }) => {
  for (const next of HOSTILE) expectOnOrigin(await get(`/sign-in?next=${next}`), `/sign-in?next=${next}`);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const offsite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  await page.goto(`${ORIGIN}/sign-in?next=/%09/evil.example`);
  await page.getByLabel('Email').fill('admin@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('page-title')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(ORIGIN);
  expect(offsite).toEqual([]);
  await context.close();
});
