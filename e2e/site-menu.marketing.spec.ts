import { expect, test } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

test.describe('marketing site on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens the menu from the keyboard, follows a link, and closes with Escape, axe clean', async ({ page }) => {
    await page.goto('/');
    const button = page.getByTestId('site-menu-button');
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('nav-products')).toBeHidden(); // the desktop links are folded away

    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await expect(menu).toBeVisible();
    for (const name of ['Products', 'Pricing', 'Docs', 'Sign in', 'Create an account']) await expect(menu.getByRole('link', { name })).toBeVisible();
    await expectAccessible(page, 'site menu (light)');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();

    await button.click();
    await menu.getByRole('link', { name: 'Pricing' }).click();
    await expect(menu).toHaveCount(0);
    await expect(page).toHaveURL(/#pricing$/);
    await expect(page.getByRole('heading', { name: 'How pricing works' })).toBeInViewport();
  });

  test('is axe clean in dark mode with the menu open', async ({ page }) => {
    await page.goto('/');
    await chooseTheme(page, 'dark');
    await page.getByTestId('site-menu-button').click();
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    await expectAccessible(page, 'site menu (dark)');
  });
});

test.describe('marketing site on a desktop', () => {
  test('shows the product next to the hero text, axe clean', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('site-menu-button')).toBeHidden();
    const hero = page.getByRole('heading', { level: 1 });
    const picture = page.getByTestId('hero-illustration');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('role', 'img');
    await expect(picture).toHaveAccessibleName(/customer portal/i);
    // Beside the text, in the right half, and of a real size: not empty space.
    const [h, p] = await Promise.all([hero.boundingBox(), picture.boundingBox()]);
    expect(p!.x).toBeGreaterThan(h!.x + h!.width - 1);
    expect(p!.width).toBeGreaterThan(300);
    expect(p!.height).toBeGreaterThan(200);
    await expect(picture.locator('img')).toHaveCount(0); // drawn in markup, no external image
  });
});
