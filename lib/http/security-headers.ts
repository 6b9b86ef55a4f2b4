import { THEME_SCRIPT_SHA256 } from './theme-script';

/**
 * The security headers of every response the proxy handles (pages, API, its own 404s). Pure: the
 * proxy passes the mode and, for pages rendered per request, a fresh nonce. Scripts need the nonce
 * (Next.js applies it to its own scripts when it finds it in the request's Content-Security-Policy
 * header; 'strict-dynamic' lets those load their chunks); the theme script of the root layout is
 * allowed by its hash, so the layout need not read the nonce (reading it would make every page
 * dynamic). Prerendered pages (marketing, docs, sign-in: lib/http/prerendered.ts) are the same
 * bytes for every visitor and cannot carry a per-request nonce: their policy allows 'self' and
 * inline scripts instead (docs/DECISIONS.md, "Prerendered public pages"). Styles keep
 * 'unsafe-inline' because React renders style attributes, which nonces cannot cover.
 */

export type SecurityHeaderOptions = {
  /** A fresh, unguessable value per request (base64); null for a prerendered page (no nonce possible). */
  nonce: string | null;
  /** APP_MODE=production: adds HSTS and upgrades stray http:// subresources. */
  production: boolean;
  /** `next dev`: React's development build evaluates strings and hot reload uses a WebSocket. */
  development: boolean;
};

/** Two years, the value HSTS preload lists expect; every sub-domain of the platform is https in production. */
const HSTS = 'max-age=63072000; includeSubDomains';

/** Browser features no portal uses; a later feature that needs one (a softphone's microphone) opts in here. */
const PERMISSIONS_POLICY = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()', 'hid=()', 'browsing-topics=()'].join(', ');

export function contentSecurityPolicy({ nonce, production, development }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    nonce === null
      ? // A hash or nonce here would make browsers ignore 'unsafe-inline' (CSP2), so neither is listed.
        `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`
      : `script-src 'self' 'nonce-${nonce}' '${THEME_SCRIPT_SHA256}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Tenant logos and favicons may be any https URL (branding-schema); data: for inline SVG icons.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    // For browsers without CSP frame-ancestors (and scanners that still look for it).
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    ...(options.production ? { 'strict-transport-security': HSTS } : {}),
  };
}

/** 128 random bits, base64: a CSP nonce. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
