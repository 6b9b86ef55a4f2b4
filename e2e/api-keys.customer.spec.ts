import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';
import { signInOnPortalHost } from './resources';

/** The customer's API keys page: create a key with an IP allow-list (errors per field), see it once, revoke it. */
test.describe('customer portal, API keys', () => {
  test('creates a key with an allow-list, shows it once, revokes it; axe clean in light and dark', async ({ page }) => {
    await signInOnPortalHost(page, 'customer-admin@didtron.localhost');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-api-keys').click();
    await expect(page.getByTestId('page-title')).toHaveText('API keys');
    await expect(page.getByTestId('api-keys-settings')).toBeVisible();
    await expectAccessible(page, 'API keys (light)');
    await chooseTheme(page, 'dark');
    await expectAccessible(page, 'API keys (dark)');
    await chooseTheme(page, 'light');

    const name = `e2e ${Date.now()}`;
    await page.getByTestId('create-api-key').click();
    await page.getByTestId('api-key-name').fill(name);
    await page.getByTestId('api-key-allowed-ips').fill('203.0.113.0/24\nnot-an-ip');
    await page.getByTestId('api-key-rate-limit').fill('0');
    await page.getByTestId('api-key-submit').click();
    // Each problem under its field; the allow-list names the line.
    await expect(page.getByTestId('api-key-allowed-ips-error')).toContainText('line 2 (not-an-ip)');
    await expect(page.getByTestId('api-key-form')).toContainText('must be at least 1');
    await expect(page.getByTestId('api-key-allowed-ips')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'create API key with errors (light)');
    // The theme menu is behind the modal: close it, switch, and show the errors again in dark.
    await page.getByTestId('api-key-cancel').click();
    await expect(page.getByTestId('api-key-form')).toHaveCount(0);
    await chooseTheme(page, 'dark');
    await page.getByTestId('create-api-key').click();
    await page.getByTestId('api-key-name').fill(name);
    await page.getByTestId('api-key-allowed-ips').fill('203.0.113.0/24\nnot-an-ip');
    await page.getByTestId('api-key-rate-limit').fill('0');
    await page.getByTestId('api-key-submit').click();
    await expect(page.getByTestId('api-key-allowed-ips-error')).toContainText('line 2 (not-an-ip)');
    await expectAccessible(page, 'create API key with errors (dark)');

    await page.getByTestId('api-key-allowed-ips').fill('203.0.113.0/24\n2001:db8::/32');
    await page.getByTestId('api-key-rate-limit').fill('120');
    await page.getByTestId('api-key-submit').click();
    const secret = page.getByTestId('api-key-secret');
    await expect(secret).toHaveValue(/^dtk_test_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const key = await secret.inputValue();
    await page.getByTestId('api-key-done').click();
    await expect(page.getByTestId('api-key-created')).toHaveCount(0);

    const prefix = key.split('_').slice(0, 3).join('_');
    const row = page.getByTestId('api-keys-table').getByRole('row').filter({ hasText: prefix });
    await expect(row).toContainText('203.0.113.0/24, 2001:db8::/32');
    await expect(row).toContainText('120');
    // Shown once: the page holds the prefix, never the secret.
    await expect(page.locator('body')).not.toContainText(key);

    await row.getByTestId(`revoke-${prefix}`).click();
    await page.getByTestId('revoke-confirm').click();
    await expect(row).toContainText('revoked');
  });
});
