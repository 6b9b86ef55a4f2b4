import { config } from '@/lib/config';
import { portalUrl } from '@/lib/tenancy/portal-url';
import { hasControlCharacters } from '@/lib/validation';
import type { Portal } from '@/lib/tenancy/resolve-host';

/** Which tenant and host a request reached: one Better Auth instance serves each pair. */
export type AuthTarget = {
  tenantId: string;
  tenantSlug: string;
  /** Host as the browser sent it, with the port if any (cookies and links stay on it). */
  host: string;
  portal: Portal;
};

/** The portals that serve the branded auth pages (app/auth/[tenant]/*). */
export const AUTH_PAGE_PORTALS: readonly Portal[] = ['signup', 'customer'];

/**
 * Where the auth pages sit on a host: pbx.<root> is the sign-up portal and serves them at its root;
 * tenant hosts (switch.pbx.<root>, reseller domains) serve the customer portal and keep them under /auth.
 */
export function authBasePath(portal: Portal | null): '' | '/auth' {
  return portal === 'signup' ? '' : '/auth';
}

export function authPath(portal: Portal | null, path: `/${string}`): string {
  return `${authBasePath(portal)}${path}`;
}

export function originOf(host: string): string {
  return `${config().PUBLIC_SCHEME}://${host}`;
}

/**
 * Absolute URL of an auth page for links in emails: on the same host as the request when that host
 * serves the auth pages, otherwise (admin or carrier host, root tenant) on the sign-up host.
 */
export function authPageUrl(target: Pick<AuthTarget, 'host' | 'portal'>, path: `/${string}`): string {
  if (AUTH_PAGE_PORTALS.includes(target.portal)) return `${originOf(target.host)}${authPath(target.portal, path)}`;
  return portalUrl('signup', path);
}

export const MAX_NEXT_PATH_LENGTH = 2000;
const NEXT_PATH_BASE = 'https://next-path.invalid';
const ENCODED_SEPARATOR = /%2f|%5c/i;

/**
 * The one way to take a "continue to" target from a request (`?next=`, a callback URL, the path the
 * proxy saw): a path on the current origin, or null, in which case the caller goes to the portal's
 * home. Accepted only when it starts with a single `/`, holds no control character and no backslash
 * (browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil.example` would leave the site),
 * its path holds no encoded slash, backslash or control character (a proxy that decodes once must
 * not see `//`), and, parsed against an origin, it keeps that origin and serialises to a path that
 * does not start with `//` (`/..//evil.example` would). Returns the serialised form: ASCII only, so
 * it is always a valid Location header.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_NEXT_PATH_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacters(value)) return null;
  const rawPath = value.split(/[?#]/, 1)[0]!;
  if (ENCODED_SEPARATOR.test(rawPath)) return null;
  try {
    if (hasControlCharacters(decodeURIComponent(rawPath))) return null;
    const url = new URL(value, NEXT_PATH_BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === NEXT_PATH_BASE && path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}

/** A sign-in or two-factor page that continues to `next` afterwards, when `next` is a safe path (safeNextPath). */
export function withNextPath(page: string, next: unknown): string {
  const path = safeNextPath(next);
  return path && path !== '/' ? `${page}?next=${encodeURIComponent(path)}` : page;
}

/** The customer's security settings (email, 2FA, password, sessions): a customer portal page. */
export const SECURITY_SETTINGS_PATH = '/settings/security';

/** The auth pages' paths on a host of the given portal (passed to client forms as plain strings). */
export function authPages(portal: Portal | null) {
  const p = (path: `/${string}`) => authPath(portal, path);
  return {
    home: authBasePath(portal) || '/',
    signUp: p('/sign-up'),
    signIn: p('/sign-in'),
    verifyEmail: p('/verify-email'),
    forgotPassword: p('/forgot-password'),
    resetPassword: p('/reset-password'),
    twoFactor: p('/two-factor'),
    onboarding: p('/onboarding'),
    // Not an auth page: security settings live in the customer portal, in its frame, on every
    // host that serves it; on pbx.<root> (no portal) the same path hands over to switch.pbx.<root>.
    security: SECURITY_SETTINGS_PATH,
    devMail: p('/dev/mail'),
  };
}
export type AuthPages = ReturnType<typeof authPages>;

/** Where a signed-in, onboarded user lands: the brand's customer portal (another host for the root brand). */
export function portalHome(portal: Portal | null): string {
  return portal === 'signup' ? portalUrl('customer', '/') : '/';
}
