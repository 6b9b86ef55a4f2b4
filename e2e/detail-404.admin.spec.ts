import { expect, test } from '@playwright/test';

/**
 * Detail pages answer HTTP 404 for an id that names nothing (unknown or malformed), from the server:
 * not a 200 shell whose query then fails ("Tenant not found" under status 200, or "Loading..." while
 * the query retries).
 */
const unknownUuid = '00000000-0000-4000-8000-000000000000';
const missing = [
  ['/tenants', unknownUuid],
  ['/tenants', 'not-a-tenant'],
  ['/tenants', '------------------------------------'], // 36 characters that pass a loose pattern
  ['/users', unknownUuid],
  ['/users', 'nobody'],
  ['/jobs', '999999'],
  ['/jobs', '2147483648'],
  ['/jobs', 'abc'],
] as const;

test.describe('detail pages for ids that name nothing', () => {
  for (const [list, id] of missing) {
    test(`${list}/${id} answers 404 with the not-found page`, async ({ page }) => {
      const res = await page.goto(`${list}/${encodeURIComponent(id)}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: /not found/i }).first()).toBeVisible();
      await expect(page.getByTestId(/^(tenant|user|job)-error$/)).toHaveCount(0);
    });
  }

  test('a known tenant, user and job still answer 200', async ({ page }) => {
    await page.goto('/tenants');
    const tenantHref = await page.getByRole('link', { name: /Acme Voice/ }).first().getAttribute('href');
    expect(tenantHref).toMatch(/^\/tenants\/[0-9a-f-]{36}$/);
    expect((await page.goto(tenantHref!))?.status()).toBe(200);
    await expect(page.getByTestId('page-title')).toHaveText('Acme Voice');

    const userId = await page.evaluate(async () => {
      const res = await fetch('/api/admin/users?q=admin%40didtron.localhost');
      const body = (await res.json()) as { items: { id: string }[] };
      return body.items[0]!.id;
    });
    expect((await page.goto(`/users/${userId}`))?.status()).toBe(200);
    await expect(page.getByTestId('page-title')).not.toHaveText('…');
  });

});
