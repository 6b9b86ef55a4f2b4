import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/*
 * Custom-domain verification end to end in the sandbox: the launcher runs the fake DNS server
 * (fakes/dns) and points the app's resolver at it (DNS_RESOLVER), so Verify makes real DNS queries.
 */
test.describe('custom domain verification (sandbox DNS)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`adds a domain, fails without its TXT record, publishes it, verifies it (${theme}, axe clean)`, async ({ page }) => {
      const domain = `voice-${theme}-${Date.now().toString(36)}.example.com`;
      await page.goto('/tenants');
      await chooseTheme(page, theme);
      await page.getByRole('link', { name: /Acme Voice/ }).click();
      await expect(page.getByTestId('page-title')).toHaveText('Acme Voice');
      await page.getByTestId('tab-domains').click();

      await page.getByTestId('dock-add-domain').click();
      await page.getByTestId('domain-input').fill(domain);
      await page.getByTestId('domain-submit').click();
      const row = page.getByRole('row', { name: new RegExp(escape(domain)) });
      await expect(row).toContainText('Pending');
      await expect(page.getByTestId(`publish-txt-${domain}`)).toBeVisible();
      await expectAccessible(page, `pending domain with the sandbox publish action (${theme})`);

      // No record yet: a real DNS answer (NXDOMAIN from the fake), said plainly.
      await page.getByTestId(`verify-${domain}`).click();
      await expect(page.getByText(`No TXT record found at _didtron.${domain}.`)).toBeVisible();
      await expect(row).toContainText('Failed');

      await page.getByTestId(`publish-txt-${domain}`).click();
      await expect(page.getByText('TXT record published on the sandbox DNS server')).toBeVisible();
      await page.getByTestId(`verify-${domain}`).click();
      await expect(row).toContainText('Verified');
      await expect(page.getByText(`${domain} verified`)).toBeVisible();
      await expect(page.getByTestId(`publish-txt-${domain}`)).toHaveCount(0);
      await expectAccessible(page, `verified domain (${theme})`);

      // The header's status is System Status's own, and links there for staff.
      const status = page.getByTestId('health-status-link');
      await expect(status).toHaveAttribute('href', '/system');
      await expect(page.getByTestId('health-status')).not.toContainText('Checking status');
      await status.click();
      await expect(page).toHaveURL(/\/system$/);
      await expect(page.getByTestId('page-title')).toHaveText('System Status');
    });
  }
});
