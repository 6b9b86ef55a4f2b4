import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Class 4 in the admin console (issue 12): a bilateral carrier with an ingress and an egress
 * interconnect and a service with their seeded rate plans, created through the screens; a rule
 * violation answers with the rule and the conflicting record; every new page axe clean in both themes.
 */

async function openInterconnectForm(page: Page) {
  await page.getByRole('tab', { name: 'Interconnects' }).click();
  await page.getByTestId('new-interconnect').click();
  // The POPs load into the form first (it re-renders with them).
  await expect(page.getByTestId('interconnect-form-popId').locator('option', { hasText: 'London (LON1)' })).toHaveCount(1);
}

test('an admin creates a bilateral carrier with ingress and egress interconnects and a service; a rule violation names the conflict', async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const name = `E2E Bilateral ${stamp}`;
  await page.goto('/class4/carriers');
  await expect(page.getByRole('heading', { name: 'Carriers' })).toBeVisible();
  await page.getByTestId('new-carrier').click();
  await page.getByTestId('carrier-form-name').fill(name);
  await page.getByTestId('carrier-form-code').fill(`E${stamp}`.slice(0, 16));
  await page.getByTestId('carrier-form-type').selectOption('bilateral');
  await page.getByTestId('carrier-form-primaryCurrency').selectOption('USD');
  await page.getByTestId('carrier-form-extraCurrencies').fill('EUR');
  await page.getByTestId('carrier-form-submit').click();
  await expect(page).toHaveURL(/\/class4\/carriers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('carrier-currencies')).toContainText('USD (primary), EUR');
  const carrierUrl = page.url();

  // A rule: Demo Carrier Ltd's ingress owns 198.51.100.0/29 on London.
  await openInterconnectForm(page);
  await page.getByTestId('interconnect-form-name').fill('E2E LON ingress');
  await page.getByTestId('interconnect-form-direction').selectOption('ingress');
  await page.getByTestId('interconnect-form-popId').selectOption({ label: 'London (LON1)' });
  await page.getByTestId('interconnect-form-addresses').fill('198.51.100.3');
  await page.getByTestId('interconnect-form-submit').click();
  await expect(page.getByTestId('interconnect-form-error')).toContainText('Ingress addresses of two carriers must not overlap on one POP');
  await expect(page.getByTestId('interconnect-form-error')).toContainText('Demo Carrier Ltd');
  // A free address passes.
  await page.getByTestId('interconnect-form-addresses').fill(`100.64.${Number.parseInt(stamp.slice(-2), 36) % 250}.0/29`);
  await page.getByTestId('interconnect-form-techPrefix').fill('55');
  await page.getByTestId('interconnect-form-submit').click();
  await expect(page).toHaveURL(/\/interconnects\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('interconnect-overview')).toContainText(name);

  await page.goto(carrierUrl);
  await openInterconnectForm(page);
  await page.getByTestId('interconnect-form-name').fill('E2E LON egress');
  await page.getByTestId('interconnect-form-direction').selectOption('egress');
  await page.getByTestId('interconnect-form-popId').selectOption({ label: 'London (LON1)' });
  await page.getByTestId('interconnect-form-addresses').fill('192.0.2.250');
  await page.getByTestId('interconnect-form-supplierRatePlanId').selectOption({ label: 'Euro Transit buy EUR (EUR)' });
  await page.getByTestId('interconnect-form-submit').click();
  await expect(page).toHaveURL(/\/interconnects\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('interconnect-supplier-plan')).toContainText('Euro Transit buy EUR');

  await page.goto(carrierUrl);
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByTestId('new-service').click();
  await expect(page.getByTestId('service-form-interconnectId').locator('option', { hasText: 'E2E LON ingress' })).toHaveCount(1);
  await expect(page.getByTestId('service-form-routeInterconnectId').locator('option', { hasText: 'E2E LON egress' })).toHaveCount(1);
  await page.getByTestId('service-form-interconnectId').selectOption({ label: 'E2E LON ingress' });
  await page.getByTestId('service-form-name').fill('E2E termination');
  await page.getByTestId('service-form-customerRatePlanId').selectOption({ label: 'Wholesale A-Z EUR (EUR)' });
  await page.getByTestId('service-form-routeInterconnectId').selectOption({ label: `${name} · E2E LON egress` });
  await page.getByTestId('service-form-destinationPrefixes').fill('44, 33');
  await page.getByTestId('service-form-submit').click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Rating & routing' }).click();
  await expect(page.getByTestId('service-rate-plan')).toContainText('Wholesale A-Z EUR (EUR)');
  await expect(page.getByTestId('service-routing')).toContainText('E2E LON egress');

  // The list finds it, with its counts.
  await page.goto(`/class4/carriers?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('2');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Class 4 pages are axe clean in ${theme} mode`, async ({ page }) => {
    await page.goto('/class4/carriers');
    await chooseTheme(page, theme);
    await expect(page.getByRole('row').filter({ hasText: 'Demo Carrier Ltd' })).toHaveCount(1);
    await expectAccessible(page, `carriers (${theme})`);
    await page.getByRole('row').filter({ hasText: 'Demo Carrier Ltd' }).getByRole('link').first().click();
    await expect(page.getByTestId('carrier-overview')).toBeVisible();
    await expectAccessible(page, `carrier overview (${theme})`);
    for (const [tab, testId] of [
      ['Contacts', 'carrier-contacts'],
      ['Interconnects', 'interconnects-table'],
      ['Services', 'services-table'],
      ['Balances / Exposure', 'carrier-balances'],
      ['Audit', 'carrier-audit-table'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByTestId(testId)).toBeVisible();
      await expectAccessible(page, `carrier ${tab} (${theme})`);
    }
    await page.getByRole('tab', { name: 'Interconnects' }).click();
    await page.getByRole('row').filter({ hasText: 'DEMO LON ingress' }).getByRole('link').first().click();
    await expect(page.getByTestId('interconnect-overview')).toBeVisible();
    await expectAccessible(page, `interconnect (${theme})`);
    await page.getByRole('tab', { name: 'Validation' }).click();
    await expect(page.getByTestId('interconnect-addresses')).toContainText('198.51.100.0/29');
    await expectAccessible(page, `interconnect validation (${theme})`);
    await page.getByRole('tab', { name: 'Services' }).click();
    await page.getByRole('row').filter({ hasText: 'UK termination' }).getByRole('link').first().click();
    await expect(page.getByTestId('service-overview')).toBeVisible();
    await expectAccessible(page, `service (${theme})`);
  });
}
