import { config } from '@/lib/config';
import { portalUrl } from '@/lib/tenancy/portal-url';
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

// The `?next=` rules live in a leaf module so that the prerendered sign-in page can apply them in the browser.
export { MAX_NEXT_PATH_LENGTH, safeNextPath, withNextPath } from './next-path';

/** The customer's security settings (email, 2FA, password, sessions): a customer portal page. */
export const SECURITY_SETTINGS_PATH = '/settings/security';
/** The customer portal's API keys page (keys are managed by the signed-in user, never by a key). */
export const API_KEYS_SETTINGS_PATH = '/settings/api-keys';

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
