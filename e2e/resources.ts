import { expect, type Page } from '@playwright/test';

/**
 * The "no broken resource" check: visits pages and fails on any request one of them makes that
 * answers 4xx/5xx or does not complete (documents, scripts, styles, images, fonts, fetch/XHR, RSC
 * prefetches of its links), on any icon or manifest its <head> links to that does not load, and on
 * any Content-Security-Policy refusal, listing each with its URL and status.
 */
export type Visit = {
  path: string;
  /** The page itself is a not-found page: its document answers 404 (its resources must still load). */
  notFound?: boolean;
};

function watch(page: Page) {
  const problems: string[] = [];
  let documentMay404 = false;
  const onResponse = (res: import('@playwright/test').Response) => {
    const req = res.request();
    if (res.status() < 400) return;
    if (documentMay404 && res.status() === 404 && req.isNavigationRequest() && req.frame() === page.mainFrame()) return;
    problems.push(`${res.status()} ${req.resourceType()} ${req.method()} ${res.url()}`);
  };
  const onFailed = (req: import('@playwright/test').Request) => {
    const error = req.failure()?.errorText ?? 'failed';
    // A request the page itself gave up on (navigation away, an aborted fetch) is no broken resource.
    if (/ERR_ABORTED|NS_BINDING_ABORTED|cancelled/i.test(error)) return;
    problems.push(`${error} ${req.resourceType()} ${req.method()} ${req.url()}`);
  };
  const onConsole = (msg: import('@playwright/test').ConsoleMessage) => {
    if (/Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  return {
    problems,
    /** The visited page is a not-found page: its own document's 404 is expected. */
    allowDocument404(allow: boolean) {
      documentMay404 = allow;
    },
    stop() {
      page.off('response', onResponse);
      page.off('requestfailed', onFailed);
      page.off('console', onConsole);
    },
  };
}

/** Loads the page as a person would see it whole: everything requested, lazy images scrolled into view. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Fetches what the head links to (Chromium headless does not load favicons itself), from the page:
 * Node's resolver does not know *.localhost. Icons on another origin are left to the browser (the
 * page's connect-src would refuse a fetch of them).
 */
async function checkHeadLinks(page: Page, problems: string[]) {
  const failures = await page.evaluate(async () => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"], link[rel="mask-icon"]')];
    const hrefs = [...new Set(links.map((l) => l.href).filter((h) => h && new URL(h).origin === location.origin))];
    const out: string[] = [];
    for (const href of hrefs) {
      const res = await fetch(href, { credentials: 'include' });
      if (res.status >= 400) out.push(`${res.status} icon GET ${href}`);
    }
    return out;
  });
  problems.push(...failures);
}

/** Images the page shows that did not decode (a blocked or broken source leaves no failed response). */
async function checkImages(page: Page, problems: string[]) {
  const broken = await page.evaluate(() =>
    [...document.images].filter((img) => img.complete && img.naturalWidth === 0 && img.currentSrc && !img.currentSrc.startsWith('data:')).map((img) => img.currentSrc),
  );
  for (const src of broken) problems.push(`undecodable image ${src}`);
}

export async function expectNoBrokenResources(page: Page, visits: Visit[]) {
  const all: string[] = [];
  for (const visit of visits) {
    const watcher = watch(page);
    try {
      watcher.allowDocument404(Boolean(visit.notFound));
      const res = await page.goto(visit.path);
      expect(res?.status(), `${visit.path} document`).toBe(visit.notFound ? 404 : 200);
      await settle(page);
      await checkHeadLinks(page, watcher.problems);
      await checkImages(page, watcher.problems);
    } finally {
      watcher.stop();
    }
    all.push(...[...new Set(watcher.problems)].map((p) => `${visit.path}: ${p}`));
  }
  expect(all, `resources answering 4xx/5xx or failing:\n${all.join('\n')}`).toEqual([]);
}

/** Signs a seeded customer in on the portal host the page is on (auth pages under /auth there). */
export async function signInOnPortalHost(page: Page, email: string) {
  await page.goto('/auth/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('didtron-sandbox');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('portal-welcome')).toBeVisible();
}
