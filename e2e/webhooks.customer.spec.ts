import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/** Developers > Webhooks in the customer portal, as the sandbox's customer admin. */
async function signIn(page: Page) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill('customer-admin@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('portal-welcome')).toBeVisible();
}

/** Adds an endpoint through the dialog and returns its URL (port 9 on loopback: nothing listens, attempts fail fast). */
async function addEndpoint(page: Page): Promise<string> {
  const url = `http://127.0.0.1:9/e2e-${Date.now()}`;
  await page.goto('/settings/webhooks');
  await expect(page.getByTestId('webhooks-page')).toBeVisible();
  await page.getByTestId('webhooks-add').click();
  await page.getByTestId('webhook-url').fill('not a url');
  await page.getByTestId('webhook-create-submit').click();
  await expect(page.getByTestId('webhook-url-error')).toBeVisible();
  await page.getByTestId('webhook-url').fill(url);
  await page.getByTestId('webhook-event-user.created').click();
  await page.getByTestId('webhook-create-submit').click();
  await expect(page.getByTestId('webhook-secret-value')).toHaveValue(/^whsec_[A-Za-z0-9+/=]{40,}$/);
  return url;
}

test.describe('webhooks (customer portal)', () => {
  test('adds an endpoint, shows its secret once, lists it; axe clean light and dark', async ({ page }) => {
    await signIn(page);
    const url = await addEndpoint(page);
    await expectAccessible(page, 'webhook secret dialog');
    await page.getByTestId('webhook-create-done').click();
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
    await expect(page.locator('#main').getByText(url)).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      await expectAccessible(page, `webhooks list (${theme})`);
    }
  });

  test('detail: sends a test event into the log, disables and enables, deletes after confirmation; axe clean light and dark', async ({ page }) => {
    await signIn(page);
    const url = await addEndpoint(page);
    await page.getByTestId('webhook-create-done').click();
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
    await page.locator('#main').getByText(url).click();
    await expect(page.getByTestId('webhook-detail')).toBeVisible();
    await expect(page.getByTestId('webhook-deliveries-empty')).toBeVisible();
    await page.getByTestId('webhook-send-test').click();
    await expect(page.getByTestId('webhook-delivery-row').first()).toContainText('webhook.test');
    await page.getByTestId('webhook-toggle').click();
    await expect(page.getByTestId('webhook-disabled-reason')).toContainText('Disabled by');
    await page.getByTestId('webhook-toggle').click();
    await expect(page.getByTestId('webhook-disabled-reason')).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      await expectAccessible(page, `webhook endpoint detail (${theme})`);
    }
    await page.getByTestId('webhook-delete').click();
    await page.getByTestId('webhook-delete-confirm').click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.locator('#main').getByText(url)).toHaveCount(0);
  });
});
