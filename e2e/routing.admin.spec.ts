import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/**
 * Routing in the admin console (issue 12 item 4): a routing plan and an entry created through the
 * screens over a seeded supplier, a number routed with the "Route a number" tool (candidates with
 * buy rates and margins, skip reasons), and the routing pages axe clean in both themes.
 */

const DEMO_PLAN = '00000000-0000-4000-8000-0000000c1a54';
const DEMO_SELL_PLAN = '00000000-0000-4000-8000-00000000ca7e';

/** The seeded customer sell plan, once the plans have loaded into the select. */
async function chooseCustomer(page: Page) {
  const select = page.getByTestId('route-tool-customer');
  await expect(select.locator(`option[value="${DEMO_SELL_PLAN}"]`)).toHaveCount(1);
  await select.selectOption(DEMO_SELL_PLAN);
}

test('an admin creates a routing plan and an entry, then routes a number with the tool', async ({ page }) => {
  test.setTimeout(240_000);
  const name = `E2E routing ${Date.now().toString(36)}`;
  await page.goto('/class4/routing');
  await expect(page.getByRole('heading', { name: 'Routing plans' })).toBeVisible();
  await page.getByTestId('new-routing-plan').click();
  await page.getByTestId('routing-plan-form-name').fill(name);
  await page.getByTestId('routing-plan-form-marginFloor').fill('0.0010');
  await page.getByTestId('routing-plan-form-submit').click();
  await expect(page).toHaveURL(/\/class4\/routing\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('routing-plan-floor')).toHaveText('0.001000');
  const planId = page.url().split('/').pop()!;

  await page.getByRole('tab', { name: 'Entries' }).click();
  await page.getByTestId('new-route-entry').click();
  // The egress interconnects load into the form first.
  await expect(page.getByTestId('route-entry-form-supplier1').locator('option', { hasText: 'DEMO LON egress' })).toHaveCount(1);
  await page.getByTestId('route-entry-form-prefix').fill('44');
  await page.getByTestId('route-entry-form-method').selectOption('lcr');
  await page.getByTestId('route-entry-form-supplier1').selectOption({ label: 'Demo Carrier Ltd · DEMO LON egress' });
  await page.getByTestId('route-entry-form-supplier2').selectOption({ label: 'Atlantic Wholesale Voice · ATL NYC egress' });
  await page.getByTestId('route-entry-form-submit').click();
  await expect(page.getByTestId('route-entries-table').getByRole('row').filter({ hasText: 'DEMO LON egress' })).toHaveCount(1);

  // Orbital has no supplier plan: routing refuses it, naming the interconnect.
  await page.getByTestId('new-route-entry').click();
  await expect(page.getByTestId('route-entry-form-supplier1').locator('option', { hasText: 'ORB LON egress' })).toHaveCount(1);
  await page.getByTestId('route-entry-form-prefix').fill('4420');
  await page.getByTestId('route-entry-form-supplier1').selectOption({ label: 'Orbital Telecom · ORB LON egress (no supplier plan: refused)' });
  await page.getByTestId('route-entry-form-submit').click();
  await expect(page.getByTestId('route-entry-form-error')).toContainText('Routing refuses an egress interconnect without a supplier rating plan');
  await page.keyboard.press('Escape');

  await page.goto(`/class4/routing/route-a-number?plan=${planId}`);
  await expect(page.getByTestId('route-tool-plan')).toHaveValue(planId);
  await page.getByTestId('route-tool-number').fill('+44 20 7946 0000');
  await chooseCustomer(page);
  await page.getByTestId('route-tool-submit').click();
  await expect(page.getByTestId('route-tool-matched')).toContainText('44');
  const candidates = page.getByTestId('route-tool-candidates');
  // LCR: Demo Carrier buys at 0.010000, Atlantic at 0.012000, against a sell rate of 0.019000.
  await expect(candidates.getByRole('row').nth(1)).toContainText('Demo Carrier Ltd');
  await expect(candidates.getByRole('row').nth(1)).toContainText('0.009000');
  await expect(candidates.getByRole('row').nth(2)).toContainText('Atlantic Wholesale Voice');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the routing pages are axe clean in ${theme} mode`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/class4/routing');
    await chooseTheme(page, theme);
    await expect(page.getByRole('row').filter({ hasText: 'Demo LCR' })).toHaveCount(1);
    await expectAccessible(page, `routing plans (${theme})`);
    await page.goto(`/class4/routing/${DEMO_PLAN}`);
    await expect(page.getByTestId('routing-plan-overview')).toBeVisible();
    await expectAccessible(page, `routing plan overview (${theme})`);
    for (const [tab, testId] of [
      ['Entries', 'route-entries-table'],
      ['Route groups', 'route-groups-table'],
      ['Route table check', 'route-check-none'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByTestId(testId).or(page.getByTestId('route-check-panel'))).toBeVisible();
      await expectAccessible(page, `routing plan ${tab} (${theme})`);
    }
    await page.goto(`/class4/routing/route-a-number?plan=${DEMO_PLAN}`);
    await page.getByTestId('route-tool-number').fill('+49 30 123456');
    await chooseCustomer(page);
    await page.getByTestId('route-tool-submit').click();
    await expect(page.getByTestId('route-tool-skipped')).toContainText('currency mismatch');
    await expectAccessible(page, `route a number (${theme})`);
  });
}
