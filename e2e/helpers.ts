import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails on any serious or critical WCAG 2 A/AA violation, listing each with its elements. `exclude`
 * leaves out content that is not ours (an email's HTML in a script-less sandboxed frame, which axe
 * cannot run in and waits for until its frame timeout).
 */
export async function expectAccessible(page: Page, label = page.url(), options: { exclude?: string[] } = {}) {
  // A toast fading out is half transparent for a moment; scan once it is gone (visible toasts are scanned).
  await expect(page.locator('[data-sonner-toast][data-removed="true"]')).toHaveCount(0);
  // Next 16 streams a dynamic page's metadata: its <title> can arrive after the content. Wait for it
  // as a browser tab would show it; a page that never gets one still fails here.
  await expect(page).toHaveTitle(/\S/);
  const scan = async () => {
    let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    return (await builder.analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };
  let bad = await scan();
  // A toast that began fading between the wait above and the scan is scanned half transparent: when
  // every violation is inside a toast, scan again once the fading toasts are gone.
  const targets = bad.flatMap((v) => v.nodes.map((n) => String(n.target[0])));
  const allInToasts =
    bad.length > 0 &&
    (await page.evaluate(
      (selectors) =>
        selectors.every((sel) => {
          try {
            const el = document.querySelector(sel);
            // Gone already: it was transient (a toast that finished leaving). The rescan judges.
            return !el || el.closest('[data-sonner-toast]') !== null;
          } catch {
            return false;
          }
        }),
      targets,
    ));
  if (allInToasts) {
    await expect(page.locator('[data-sonner-toast][data-removed="true"]')).toHaveCount(0);
    bad = await scan();
  }
  const summary = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
  expect(bad, `axe violations on ${label}:\n${summary}`).toEqual([]);
}

/** Switches the colour scheme through the header's theme menu, as a person would. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByTestId('theme-toggle').first().click();
  await page.getByTestId(`theme-${theme}`).click();
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark).*$/);
}

/** Closes an open menu or popover with Escape and waits until it is gone (axe must not see it mid-exit). */
export async function closeOverlay(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('[role="menu"], [data-slot="popover-content"]')).toHaveCount(0);
}

/**
 * Writes through the API from the page itself (its cookies and Origin, like the console's own calls;
 * Playwright's page.request cannot resolve *.localhost hosts).
 */
export async function api<T>(page: Page, method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([m, p, b]) => {
      const r = await fetch(p, { method: m, headers: { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) });
      return { status: r.status, text: await r.text() };
    },
    [method, path, body] as const,
  );
  expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300);
  return JSON.parse(res.text) as T;
}
