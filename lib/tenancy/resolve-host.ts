import { domainToASCII } from 'node:url';
import { DOCS_API_REFERENCE_PATH } from '@/lib/docs/doc-path';

/**
 * Pure host -> portal resolution (the table in ARCHITECTURE.md §2). No I/O: custom domains come
 * back as `lookup` and the proxy asks the cached domain lookup about them.
 */

export const portals = ['marketing', 'signup', 'customer', 'carrier', 'admin', 'docs'] as const;
export type Portal = (typeof portals)[number];

export type HostResolution =
  | { kind: 'portal'; portal: Exclude<Portal, 'customer' | 'signup'> }
  | { kind: 'portal'; portal: 'customer' | 'signup'; tenantSlug: string }
  | { kind: 'lookup-domain'; domain: string }
  | { kind: 'lookup-slug'; slug: string }
  | { kind: 'not-found'; reason: string };

export const ROOT_TENANT_SLUG = 'didtron';

/** Sub-labels of the root domain that are portals and therefore never tenant slugs. */
const RESERVED = new Set(['www', 'pbx', 'switch', 'carrier', 'admin', 'docs', 'api', 'app', 'mail', 'static', 'cdn', 'status']);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Lowercases, strips the port and a trailing dot, converts IDN to punycode; null if not a hostname. */
export function normaliseHost(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) return null; // IPv6 literal
  const colon = host.lastIndexOf(':');
  if (colon !== -1) {
    const port = host.slice(colon + 1);
    if (!/^\d{1,5}$/.test(port)) return null;
    host = host.slice(0, colon);
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!host || host.includes(':')) return null;
  const ascii = domainToASCII(host);
  if (!ascii) return null;
  if (ascii.length > 253) return null;
  if (!ascii.split('.').every((l) => LABEL.test(l))) return null;
  return ascii;
}

export function resolveHost(rawHost: string | null | undefined, rootDomain: string): HostResolution {
  const host = normaliseHost(rawHost);
  if (!host) return { kind: 'not-found', reason: 'invalid host' };
  if (IPV4.test(host)) return { kind: 'not-found', reason: 'IP address' };
  const root = rootDomain.toLowerCase();

  if (host === root || host === `www.${root}`) return { kind: 'portal', portal: 'marketing' };
  if (host === `pbx.${root}`) return { kind: 'portal', portal: 'signup', tenantSlug: ROOT_TENANT_SLUG };
  if (host === `switch.pbx.${root}`) return { kind: 'portal', portal: 'customer', tenantSlug: ROOT_TENANT_SLUG };
  if (host === `carrier.${root}`) return { kind: 'portal', portal: 'carrier' };
  if (host === `admin.${root}`) return { kind: 'portal', portal: 'admin' };
  if (host === `docs.${root}`) return { kind: 'portal', portal: 'docs' };

  if (host.endsWith(`.${root}`)) {
    const sub = host.slice(0, -(root.length + 1));
    // <slug>.<root>: exactly one label that is not a portal name. Deeper names under the root may
    // still be a reseller's verified custom domain (e.g. voice.acme.localhost in development).
    if (!sub.includes('.')) {
      if (RESERVED.has(sub)) return { kind: 'not-found', reason: `reserved name ${sub}` };
      return { kind: 'lookup-slug', slug: sub };
    }
  }
  return { kind: 'lookup-domain', domain: host };
}

/**
 * The real segment each portal is served from. On tenant hosts `/auth/*` are the branded sign-up and
 * sign-in pages; everything else is the customer portal.
 */
export function rewritePath(resolution: { portal: Portal; tenantSlug?: string }, pathname: string): string {
  const path = pathname === '/' ? '' : pathname;
  switch (resolution.portal) {
    case 'marketing':
      return `/site${path}`;
    case 'docs':
      return `/docs${path}`;
    case 'admin':
      return `/admin${path}`;
    case 'carrier':
      return `/carrier${path}`;
    case 'signup':
      return `/auth/${resolution.tenantSlug}${path}`;
    case 'customer':
      if (path === '/auth' || path.startsWith('/auth/')) return `/auth/${resolution.tenantSlug}${path.slice(5)}`;
      return `/portal/${resolution.tenantSlug}${path}`;
  }
}

/**
 * Paths served the same on every known host: API routes, Next's own assets and the app icon
 * (app/icon.svg). Given the portal, the docs host's reference page at `/api` is not one of them.
 */
export function isPassThroughPath(pathname: string, portal?: Portal): boolean {
  if (portal === 'docs' && pathname === DOCS_API_REFERENCE_PATH) return false;
  return (
    pathname.startsWith('/api/') ||
    pathname === '/api' ||
    pathname.startsWith('/_next/') ||
    pathname === '/favicon.ico' ||
    pathname === '/icon.svg' ||
    pathname.startsWith('/brand/') ||
    pathname === '/robots.txt'
  );
}
