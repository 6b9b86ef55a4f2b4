import { expect, test as setup } from '@playwright/test';
import { expectAccessible } from './helpers';

export const ADMIN_STATE = 'e2e/.auth/admin.json';

/** Signs in once as the seeded super admin; the admin project reuses the session. */
setup('sign in as the sandbox super admin', async ({ page }) => {
  await page.goto('/tenants');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ftenants$/);
  await expectAccessible(page, 'admin sign-in');
  await page.getByLabel('Email').fill('admin@didtron.localhost');
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/tenants$/);
  await expect(page.getByTestId('page-title')).toHaveText('Tenants');
  await page.context().storageState({ path: ADMIN_STATE });
});
