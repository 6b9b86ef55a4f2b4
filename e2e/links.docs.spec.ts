import { expect, test } from '@playwright/test';

/** Every link of the documentation site that stays on it (navigation and articles) opens a page. */
test('no documentation link leads to a missing page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>();
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status(), `docs page ${path}`).toBe(200);
    const hrefs = await page.locator('nav[aria-label="Documentation"] a, [data-testid="doc-article"] a, [data-testid="docs-home"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(seen.size).toBeGreaterThan(3);
});
