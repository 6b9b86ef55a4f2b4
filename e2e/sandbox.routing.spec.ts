import os from 'node:os';
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const at = (host: string, path: string) => `http://${host}:${PORT}${path}`;

test('the sandbox web server is not reachable from other machines (it listens on loopback)', async () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  test.skip(external.length === 0, 'this machine has no non-loopback IPv4 address to try');
  for (const address of external) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: address, port: PORT }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(connected, `port ${PORT} on ${address}`).toBe(false);
  }
});

async function signUp(page: Page, authUrl: string, email: string) {
  await page.goto(authUrl);
  await page.getByLabel('Your name').fill('Mail Viewer Check');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill('correct-horse-battery-9');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-sent')).toBeVisible();
}

test("each brand's sandbox mail viewer shows only that brand's mail", async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const rootEmail = `viewer-root-${stamp}@example.com`;
  const acmeEmail = `viewer-acme-${stamp}@example.com`;
  await signUp(page, at('pbx.localhost', '/sign-up'), rootEmail);
  await signUp(page, at('voice.acme.localhost', '/auth/sign-up'), acmeEmail);

  const rootViewer = at('pbx.localhost', '/dev/mail');
  const acmeViewer = at('voice.acme.localhost', '/auth/dev/mail');
  for (const [viewer, own, foreign] of [
    [rootViewer, rootEmail, acmeEmail],
    [acmeViewer, acmeEmail, rootEmail],
  ] as const) {
    await page.goto(viewer);
    await expect(page.getByTestId('mail-message').filter({ hasText: own })).toHaveCount(1);
    await expect(page.getByTestId('sandbox-mail')).not.toContainText(foreign);
    await page.goto(`${viewer}?to=${encodeURIComponent(foreign)}`);
    await expect(page.getByTestId('mail-message')).toHaveCount(0);
  }
});

test("the sandbox mail viewer renders a brand's HTML mail, logo included, under the page's CSP", async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const acmeEmail = `viewer-html-${stamp}@example.com`;
  await signUp(page, at('voice.acme.localhost', '/auth/sign-up'), acmeEmail);
  const acmeViewer = at('voice.acme.localhost', '/auth/dev/mail');

  // The HTML version renders in a sandboxed srcdoc frame: its inline styles and the brand's logo
  // must survive the Content-Security-Policy it inherits.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${acmeViewer}?to=${encodeURIComponent(acmeEmail)}`);
  const message = page.getByTestId('mail-message').first();
  await message.locator('summary').click();
  const frame = message.frameLocator('iframe');
  const logo = frame.locator('img').first();
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(frame.locator('a').first()).toHaveCSS('color', /rgb/);
  expect(violations).toEqual([]);
  await expectAccessible(page, 'sandbox mail with the HTML version open', { exclude: ['iframe[sandbox]'] });
});
