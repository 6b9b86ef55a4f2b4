import { expect, test } from '@playwright/test';
import { expectNoPlatformName } from './brand-checks';
import { expectAccessible } from './helpers';

test('a reseller without a logo shows a monogram of its own name (portal, sign-in, favicon), and its sender is set in the admin console', async ({ page }) => {
  const slug = `mono-${Date.now().toString(36)}`;
  await page.goto('/tenants');
  await page.getByTestId('new-tenant').click();
  await page.getByTestId('tenant-slug').fill(slug);
  await page.getByTestId('tenant-name').fill('Nordic Telecom');
  await page.getByTestId('tenant-emailFromName').fill('Nordic "Support" <x@evil.example>');
  await page.getByTestId('tenant-form-submit').click();
  await expect(page.getByText('must not contain quotes, angle brackets or backslashes')).toBeVisible();
  await expectAccessible(page, 'tenant form with a hostile sender name');
  await page.getByTestId('tenant-emailFromName').fill('Nordic Support');
  await page.getByTestId('tenant-emailFromAddress').fill('no-reply@nordic.example');
  await page.getByTestId('tenant-form-submit').click();
  await expect(page.getByTestId('page-title')).toHaveText('Nordic Telecom');
  await expect(page.getByTestId('tenant-logo-monogram')).toBeVisible();
  await expect(page.getByTestId('tenant-email-sender')).toContainText('Nordic Support <no-reply@nordic.example> · not verified');
  await expectAccessible(page, 'tenant detail with monogram and sender');

  const port = new URL(page.url()).port;
  const tenantPage = await page.context().newPage();
  await tenantPage.goto(`http://${slug}.localhost:${port}/`);
  await expect(tenantPage).toHaveTitle('Nordic Telecom');
  const logo = await tenantPage.getByTestId('brand-home').locator('img').getAttribute('src');
  expect(logo).toMatch(/^data:image\/svg\+xml/);
  expect(decodeURIComponent(logo!)).toContain('>NT</text>');
  await expectNoPlatformName(tenantPage, 'logo-less reseller portal');
  const favicon = await tenantPage.locator('link[rel~="icon"]').first().getAttribute('href');
  expect(decodeURIComponent(favicon!)).toContain('>NT</text>');

  await tenantPage.goto(`http://${slug}.localhost:${port}/auth/sign-in`);
  await expect(tenantPage.getByTestId('brand-logo')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expectNoPlatformName(tenantPage, 'logo-less reseller sign-in');
  await expectAccessible(tenantPage, 'logo-less reseller sign-in');

  const missing = await tenantPage.goto(`http://${slug}.localhost:${port}/nothing-here`);
  expect(missing?.status()).toBe(404);
  await expectNoPlatformName(tenantPage, 'logo-less reseller 404');
  await tenantPage.close();
});
