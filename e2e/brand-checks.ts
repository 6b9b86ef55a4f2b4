import { expect, type Page } from '@playwright/test';
import { chooseTheme, expectAccessible } from './helpers';

const PLATFORM = /didtron/i;

/**
 * Fails when the platform's name shows on the page in any form a reseller's customer could see: the
 * document title, the visible text, or the favicon (its link's href, and what that href serves).
 */
export async function expectNoPlatformName(page: Page, label: string) {
  expect(await page.title(), `title of ${label}`).not.toMatch(PLATFORM);
  expect(await page.locator('body').innerText(), `visible text of ${label}`).not.toMatch(PLATFORM);
  const icons = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="shortcut icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.length, `${label} has a favicon link (else the browser asks for /favicon.ico)`).toBeGreaterThan(0);
  for (const href of icons) {
    expect(href, `favicon href on ${label}`).not.toMatch(PLATFORM);
    // Fetched by the page itself: Node's resolver does not know *.localhost.
    const body = href.startsWith('data:') ? decodeURIComponent(href.slice(href.indexOf(',') + 1)) : await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(body, `favicon ${href} on ${label}`).not.toMatch(PLATFORM);
  }
}

/**
 * An unknown address in this portal: HTTP 404, the portal's frame (`frame` is a test id of its
 * header or navigation) and brand, the way back home, axe clean in light and dark.
 */
export async function expectPortalNotFound(page: Page, path: string, opts: { frame: string; brandName: string | RegExp; title: RegExp; homeHref?: string }) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(404);
  await expect(page.getByTestId('status-title')).toHaveText('Page not found');
  await expect(page.getByTestId(opts.frame).first()).toBeVisible();
  await expect(page.locator('body')).toContainText(opts.brandName);
  await expect(page).toHaveTitle(opts.title);
  await expect(page.getByTestId('not-found-home')).toHaveAttribute('href', opts.homeHref ?? '/');
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await expectAccessible(page, `404 ${path} (${theme})`);
  }
}
