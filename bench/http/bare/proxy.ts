import { NextResponse, type NextRequest } from 'next/server';

/**
 * The same shape as the app's proxy.ts, without its features: copies the request headers minus
 * internal ones, adds a request id, maps the host to a segment, sets the security headers (a nonce
 * for pages rendered per request) and rewrites. What the app's proxy costs beyond this is ours.
 */
const INTERNAL_HEADER = /^(x-tenant-|x-portal|x-middleware-|x-request-id$|x-didtron-)/i;
const SEGMENT: Record<string, string> = { localhost: '/site', 'docs.localhost': '/docs', 'pbx.localhost': '/auth/didtron' };

function policy(nonce: string | null): string {
  const script = nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'";
  return `default-src 'self'; ${script}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const headers = new Headers();
  request.headers.forEach((value, key) => {
    if (!INTERNAL_HEADER.test(key)) headers.set(key, value);
  });
  headers.set('x-request-id', crypto.randomUUID());
  const host = (request.headers.get('host') ?? '').replace(/:\d+$/, '');
  const api = pathname.startsWith('/api/');
  const nonce = api ? btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))) : null;
  const csp = policy(nonce);
  if (nonce) headers.set('content-security-policy', csp);
  let response: NextResponse;
  if (api) response = NextResponse.next({ request: { headers } });
  else {
    const url = request.nextUrl.clone();
    url.pathname = `${SEGMENT[host] ?? '/site'}${pathname === '/' ? '' : pathname}`;
    response = NextResponse.rewrite(url, { request: { headers } });
  }
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
