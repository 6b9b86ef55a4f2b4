import { describe, expect, it } from 'vitest';
import { isPrerenderedPath, prerenderedRoutesMissingFromList } from './prerendered';

describe('isPrerenderedPath', () => {
  it('is the marketing site, the docs and the tenant sign-in page, nothing else', () => {
    for (const path of ['/site', '/site/pricing', '/docs', '/docs/rating', '/auth/acme/sign-in', '/auth/didtron/sign-in']) expect(isPrerenderedPath(path), path).toBe(true);
    for (const path of ['/auth/acme', '/auth/acme/sign-up', '/auth/acme/sign-in/x', '/auth/acme/two-factor', '/portal/acme', '/portal/acme/sign-in', '/admin/sign-in', '/carrier', '/sitemap', '/docsx', '/auth//sign-in'])
      expect(isPrerenderedPath(path), path).toBe(false);
  });
});

describe('prerenderedRoutesMissingFromList', () => {
  it('names a route next build prerendered that the proxy would serve with a nonce policy', () => {
    const manifest = {
      routes: { '/site': {}, '/docs': {}, '/docs/rating': {}, '/_global-error': {}, '/icon.svg': {}, '/carrier': {}, '/_not-found': {} },
      dynamicRoutes: { '/auth/[tenant]/sign-in': {}, '/docs/[slug]': {}, '/auth/[tenant]/sign-up': {} },
    };
    expect(prerenderedRoutesMissingFromList(manifest)).toEqual(['/carrier', '/auth/[tenant]/sign-up']);
    expect(prerenderedRoutesMissingFromList({ routes: { '/site': {} }, dynamicRoutes: { '/auth/[tenant]/sign-in': {} } })).toEqual([]);
  });
});
