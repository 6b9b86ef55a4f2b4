import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * The tenant sign-in page is prerendered per tenant (lib/http/prerendered.ts): served from Next's
 * cache with a policy without a nonce, its scripts still run, and a branding change made in the
 * admin console shows on the next visit (lib/tenancy/branding-cache.ts expires the tenant's tag).
 */

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('a tenant sign-in page is served from the cache, works under its policy and follows a branding change', async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  const slug = `pre-${Date.now().toString(36)}`;
  // The admin API, called from the console's own page (only the browser resolves *.localhost).
  await page.goto('/tenants');
  const api = (method: string, path: string, body: unknown) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const res = await fetch(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return { status: res.status, json: (await res.json()) as { id?: string } };
      },
      { method, path, body },
    );
  const created = await api('POST', '/api/admin/tenants', { slug, name: 'Prerender One', primaryColor: '#1D4ED8', accentColor: '#0EA5E9' });
  expect(created.status).toBe(201);
  const id = created.json.id!;

  const signIn = `http://${slug}.localhost:${port}/auth/sign-in`;
  const visitor = await page.context().browser()!.newContext();
  const tab = await visitor.newPage();
  const violations = collectCspViolations(tab);
  await tab.goto(signIn);
  const again = await tab.goto(signIn);
  expect(again?.headers()['x-nextjs-cache'], 'the second visit is served from the cache').toBe('HIT');
  expect(again?.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  await expect(tab.getByRole('heading', { name: 'Sign in to Prerender One' })).toBeVisible();
  await expect(tab.getByTestId('auth-brand-name')).toHaveText('Prerender One');

  // Its scripts run: the form validates in the browser, and the theme menu works.
  await tab.getByTestId('sign-in-submit').click();
  await expect(tab.getByText('Enter a valid email address')).toBeVisible();
  await expectAccessible(tab, 'prerendered sign-in, light');
  await chooseTheme(tab, 'dark');
  await expectAccessible(tab, 'prerendered sign-in, dark');
  expect(violations).toEqual([]);

  const renamed = await api('PATCH', `/api/admin/tenants/${id}`, { name: 'Prerender Two' });
  expect(renamed.status).toBe(200);
  await tab.goto(signIn);
  await expect(tab.getByRole('heading', { name: 'Sign in to Prerender Two' })).toBeVisible();
  await expect(tab.getByTestId('auth-brand-name')).toHaveText('Prerender Two');

  // The relative links resolve under /auth on a tenant host.
  await expect(tab.getByTestId('forgot-password-link')).toBeVisible();
  await tab.getByTestId('sign-up-link').click();
  await expect(tab).toHaveURL(`http://${slug}.localhost:${port}/auth/sign-up`);
  await visitor.close();
});

test('a signed-in visitor of the prerendered sign-in page goes on to where they belong', async ({ page, baseURL }) => {
  // The staff session of this project lives on the admin host; the root brand's pbx sign-in page has
  // none, so a customer session is made here through the sign-up host's API.
  const port = new URL(baseURL!).port;
  const visitor = await page.context().browser()!.newContext();
  const tab = await visitor.newPage();
  await tab.goto(`http://pbx.localhost:${port}/sign-in?next=${encodeURIComponent('/settings/security')}`);
  await expect(tab.getByTestId('sign-in-form')).toBeVisible();
  await tab.getByLabel('Email').fill('customer-user@didtron.localhost');
  await tab.getByLabel('Password').fill('didtron-sandbox');
  await tab.getByTestId('sign-in-submit').click();
  await tab.waitForURL((url) => url.hostname !== 'pbx.localhost' || !url.pathname.startsWith('/sign-in'));
  // Back on the cached sign-in page with the session: the browser moves on by itself.
  await tab.goto(`http://pbx.localhost:${port}/sign-in`);
  await tab.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await visitor.close();
});
