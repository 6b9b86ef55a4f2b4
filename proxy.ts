import { NextResponse, type NextRequest } from 'next/server';
import { config as appConfig } from '@/lib/config';
import { CLIENT_IP_HEADER, clientAddress } from '@/lib/http/client-address';
import { isPrerenderedPath } from '@/lib/http/prerendered';
import { requestHost } from '@/lib/http/request-host';
import { newNonce, securityHeaders } from '@/lib/http/security-headers';
import { setForwardedTenant } from '@/lib/tenancy/forwarded-tenant';
import { lookupDomain, lookupSlug } from '@/lib/tenancy/host-lookup';
import { isPassThroughPath, resolveHost, rewritePath, type Portal } from '@/lib/tenancy/resolve-host';

/**
 * Routing only: host -> {portal, tenant} -> rewrite to the portal's segment. Authorization is never
 * decided here; every page, handler and service checks session, role and tenant itself.
 */

// Headers we set for the app; any copy arriving from outside is dropped so it cannot be forged.
const INTERNAL_HEADER = /^(x-tenant-|x-portal|x-middleware-|x-request-id$|x-didtron-)/i;

/** Every response the proxy lets through or makes itself carries the security headers (CSP with this request's nonce). */
function secure(response: NextResponse, security: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

function notFound(pathname: string, reason: string): NextResponse {
  const headers = { 'x-not-found-reason': reason };
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'not_found', message: 'Unknown host' } }, { status: 404, headers });
  }
  return new NextResponse('<!doctype html><title>Not found</title><h1>404: this site does not exist</h1>', {
    status: 404,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  });
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const cfg = appConfig();

  const headers = new Headers();
  request.headers.forEach((value, key) => {
    if (!INTERNAL_HEADER.test(key)) headers.set(key, value);
  });
  headers.set('x-request-id', crypto.randomUUID());
  // Who is asking, resolved once here (lib/http/client-address.ts); everything downstream reads this.
  const client = clientAddress(request.headers, cfg);
  if (client) headers.set(CLIENT_IP_HEADER, client);
  const production = !cfg.isSandbox;
  const development = process.env.NODE_ENV === 'development';
  /**
   * Pages rendered per request get a fresh nonce: Next.js finds it in the request's policy and puts
   * it on its own scripts. Prerendered pages (lib/http/prerendered.ts) are the same bytes for every
   * visitor, so they get the policy without a nonce and no policy in the request.
   */
  const withNonce = () => {
    const security = securityHeaders({ nonce: newNonce(), production, development });
    headers.set('content-security-policy', security['content-security-policy']!);
    return security;
  };

  // Load balancers probe health by IP; it reveals nothing tenant-specific.
  if (pathname === '/api/health') {
    const security = withNonce();
    return secure(NextResponse.next({ request: { headers } }), security);
  }

  // The one reading of the host (lib/http/request-host.ts), the same the auth instances use.
  const resolved = resolveHost(requestHost(request.headers), cfg.ROOT_DOMAIN);
  let portal: Portal;
  let tenant: { tenantId?: string; slug: string } | undefined;
  if (resolved.kind === 'not-found') return secure(notFound(pathname, resolved.reason), withNonce());
  if (resolved.kind === 'portal') {
    portal = resolved.portal;
    // The root brand's sign-up and customer hosts: its id comes from the same cached lookup.
    if ('tenantSlug' in resolved) tenant = (await lookupSlug(resolved.tenantSlug)) ?? { slug: resolved.tenantSlug };
  } else {
    const ref = resolved.kind === 'lookup-domain' ? await lookupDomain(resolved.domain) : await lookupSlug(resolved.slug);
    if (!ref) return secure(notFound(pathname, 'unknown host'), withNonce());
    portal = 'customer';
    tenant = ref;
  }

  headers.set('x-portal', portal);
  // The path as the browser sent it, for "sign in, then come back here" redirects.
  headers.set('x-didtron-path', `${pathname}${request.nextUrl.search}`);
  // The slug and the id (lib/tenancy/forwarded-tenant.ts), so that nothing downstream looks it up again.
  if (tenant) setForwardedTenant(headers, tenant);

  if (isPassThroughPath(pathname, portal)) {
    const security = withNonce();
    return secure(NextResponse.next({ request: { headers } }), security);
  }

  const url = request.nextUrl.clone();
  url.pathname = rewritePath({ portal, tenantSlug: tenant?.slug }, pathname);
  const security = isPrerenderedPath(url.pathname) ? securityHeaders({ nonce: null, production, development }) : withNonce();
  return secure(NextResponse.rewrite(url, { request: { headers } }), security);
}

export const config = {
  // Everything but Next's static build output: hosts must be resolved even for unknown paths.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
