/**
 * The pages that are the same for every visitor of a host and are therefore prerendered (once per
 * tenant for the sign-in page) instead of rendered per request: the marketing site, the docs and the
 * branded sign-in page. Given the path the proxy rewrites to (lib/tenancy/resolve-host rewritePath).
 *
 * The proxy gives these pages a policy without a nonce (a cached page cannot carry a per-request
 * nonce, and one in the policy would block its scripts) and does not forward a nonce to them. A page
 * listed here must read nothing of the request (headers, cookies, searchParams, connection()):
 * the signed-in redirect and `?next=` of the sign-in page happen in the browser
 * (components/auth/static-sign-in.tsx). docs/DECISIONS.md, "Prerendered public pages".
 */
const SIGN_IN = /^\/auth\/[^/]+\/sign-in$/;

export function isPrerenderedPath(rewrittenPath: string): boolean {
  return (
    rewrittenPath === '/site' ||
    rewrittenPath.startsWith('/site/') ||
    rewrittenPath === '/docs' ||
    rewrittenPath.startsWith('/docs/') ||
    SIGN_IN.test(rewrittenPath)
  );
}

/** The cache tag of everything prerendered from a tenant's public branding (revalidated when it changes). */
export function brandingTag(slug: string): string {
  return `branding:${slug}`;
}

/**
 * Entries of the prerender manifest the check leaves alone: Next's error page, the icon, and the root
 * 404 page (`/_not-found`, served for unmatched URLs). That one cannot be made per request:
 * `app/not-found.tsx` is rendered into every page's tree, so a `connection()` or `headers()` there
 * makes every page dynamic (and breaks the prerendered ones at run time). On hosts with a nonce
 * policy its HTML shows but its scripts are blocked (docs/DECISIONS.md).
 */
const FRAMEWORK_ROUTES = new Set(['/_global-error', '/icon.svg', '/_not-found']);

/**
 * The routes `next build` prerendered (`.next/prerender-manifest.json`: `routes` and `dynamicRoutes`)
 * that the proxy would serve with a nonce policy: their cached HTML carries no nonce, so the browser
 * would block their scripts. scripts/start.ts refuses to start with any; the fix is to list the page
 * here (if it is the same for every visitor) or to render it per request (`await connection()`).
 */
export function prerenderedRoutesMissingFromList(manifest: { routes?: Record<string, unknown>; dynamicRoutes?: Record<string, unknown> }): string[] {
  const routes = [...Object.keys(manifest.routes ?? {}), ...Object.keys(manifest.dynamicRoutes ?? {})];
  return routes.filter((route) => !FRAMEWORK_ROUTES.has(route) && !route.startsWith('/api/') && !isPrerenderedPath(route.replace(/\[[^\]/]+\]/g, 'x')));
}
