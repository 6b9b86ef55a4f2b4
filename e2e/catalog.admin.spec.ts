import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

/*
 * The voice catalogue (issue 11 items 6 and 7) as a super admin: the seeded list, create with a
 * per-field error, edit, the disabled "Generate" with its tooltip, and delete -> Trash -> restore.
 */

const uid = () => Date.now().toString(36).slice(-5).toUpperCase();

async function createPop(page: Page, name: string, code: string) {
  await page.goto('/catalog/pops');
  await page.getByTestId('catalog-new').click();
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-code').fill(code);
  await page.getByTestId('field-ipAddresses').fill('192.0.2.250\n198.51.100.999');
  await page.getByTestId('catalog-form-submit').click();
  // The shared zod rules name the bad line on its field, before anything is sent.
  await expect(page.getByTestId('error-ipAddresses')).toContainText('line 2');
  await expect(page.getByTestId('field-ipAddresses')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('field-ipAddresses').fill('192.0.2.250\n2001:db8::250');
  await page.getByTestId('catalog-form-submit').click();
  await expect(page.getByTestId('page-title')).toHaveText(name);
}

test.describe('voice catalogue', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`lists the seeded POPs, creates and edits one; Generate is disabled with its reason (${theme}, axe clean)`, async ({ page }) => {
      await page.goto('/catalog/pops');
      await chooseTheme(page, theme);
      await expect(page.getByRole('link', { name: 'London' })).toBeVisible();
      await expect(page.getByTestId('catalog-table')).toContainText('192.0.2.10');
      await expectAccessible(page, `POPs list (${theme})`);

      const code = `E${theme[0]!.toUpperCase()}${uid()}`;
      const name = `Madrid ${code}`;
      await createPop(page, name, code);
      await expect(page.getByTestId('value-code')).toHaveText(code);
      await expect(page.getByTestId('value-ipAddresses')).toHaveText('192.0.2.250, 2001:db8::250');
      await expectAccessible(page, `POP detail (${theme})`);

      await page.getByTestId('catalog-edit').click();
      const generate = page.getByTestId('generate-description');
      await expect(generate).toBeVisible();
      await expect(generate).toHaveAttribute('aria-disabled', 'true');
      await expect(generate).toHaveAccessibleDescription('AI is not configured');
      // Reachable by keyboard: focusing it shows the tooltip; activating it changes nothing.
      await generate.focus();
      await expect(page.getByRole('tooltip')).toHaveText('AI is not configured');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('field-description')).toHaveValue('');
      await expectAccessible(page, `POP edit form with the tooltip (${theme})`);
      await page.getByTestId('field-description').fill('Iberia POP, opening next quarter.');
      await page.getByTestId('catalog-form-submit').click();
      await expect(page.getByTestId('value-description')).toHaveText('Iberia POP, opening next quarter.');

      await page.getByTestId('tab-audit').click();
      await expect(page.getByTestId('catalog-audit')).toContainText('update');
      await page.getByTestId('tab-assignments').click();
      await expect(page.getByTestId('catalog-assignments')).toContainText('Not assigned');
      await expectAccessible(page, `POP assignments tab (${theme})`);
    });

    test(`moves a POP to the Trash and restores it (${theme}, axe clean)`, async ({ page }) => {
      await page.goto('/catalog/pops');
      await chooseTheme(page, theme);
      const code = `D${theme[0]!.toUpperCase()}${uid()}`;
      const name = `Paris ${code}`;
      await createPop(page, name, code);

      await page.getByTestId('catalog-delete').click();
      await expectAccessible(page, `delete confirmation (${theme})`);
      await page.getByTestId('confirm-catalog-delete').click();
      await expect(page).toHaveURL(/\/catalog\/pops$/);
      await expect(page.getByRole('link', { name })).toHaveCount(0);

      await page.goto('/catalog/trash');
      // The settings load after the page (the input is disabled until then): past 20 s at load 21.
      await expect(page.getByTestId('retention-days')).toHaveValue(/^\d+$/, { timeout: 60_000 });
      const row = page.getByRole('row', { name: new RegExp(name) });
      await expect(row).toBeVisible();
      await expectAccessible(page, `Trash (${theme})`);
      await row.getByRole('button', { name: `Restore ${name}` }).click();
      await expect(page.getByText(`${name} restored`)).toBeVisible();
      await expect(row).toHaveCount(0);

      await page.goto('/catalog/pops');
      await expect(page.getByRole('link', { name })).toBeVisible();
    });
  }
});
