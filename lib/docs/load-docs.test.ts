import { describe, expect, it } from 'vitest';
import { isPassThroughPath } from '@/lib/tenancy/resolve-host';
import { DOCS_API_REFERENCE_PATH, docPath } from './doc-path';
import { listDocs } from './load-docs';

/**
 * Every link of the docs site that stays on it must open a page: on the docs host a path is a doc
 * page only if the proxy rewrites it into the docs segment (API and asset paths pass through to
 * the API instead) and a content/docs/<slug>.md exists for it.
 */
describe('documentation links', async () => {
  const pages = await listDocs();
  const slugs = new Set(pages.map((p) => p.slug));
  const opensPage = (path: string) => path === DOCS_API_REFERENCE_PATH || (!isPassThroughPath(path, 'docs') && (path === '/' || slugs.has(path.slice(1))));

  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages.map((p, i) => [p.slug, docPath(p.slug, i)]))('navigation to %s (%s) opens a page', (_slug, path) => {
    expect(opensPage(path)).toBe(true);
  });

  it.each(pages.map((p) => [p.slug, p.html]))('every same-site link in %s opens a page', (_slug, html) => {
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!).filter((href) => href.startsWith('/') && !href.startsWith('//'));
    for (const href of links) expect(opensPage(new URL(href, 'http://docs.localhost').pathname), href).toBe(true);
  });
});
