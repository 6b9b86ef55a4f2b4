/**
 * Whose name and address a tenant's emails are sent from (pure; lib/auth/emails.ts applies it).
 *
 * - The root brand sends as the platform (EMAIL_FROM).
 * - A reseller sends under its own display name (its sender name, else its brand name), never the
 *   platform's. Its own address is used when it has one and it is verified at the mail provider
 *   (SPF/DKIM), or always in the sandbox, whose fake mail provider checks nothing. In production an
 *   unverified or missing address falls back to the reseller fallback address (RESELLER_EMAIL_FROM,
 *   else EMAIL_FROM's address) under the reseller's name: the provider would refuse (or spam-folder)
 *   mail from a domain it cannot authenticate, and an email that arrives matters more than its From.
 *   The reply-to stays the reseller's support address.
 */

export type SenderTenant = {
  name: string;
  isRoot: boolean;
  emailFromName: string | null;
  emailFromAddress: string | null;
  emailSenderVerified: boolean;
};

export type Sender = { name: string; email: string; source: 'platform' | 'tenant' | 'fallback' };

/** RFC 5322 display names are short in practice; mail clients cut them anyway. */
export const SENDER_NAME_MAX = 70;
const SIMPLE_EMAIL = /^[^\s<>"'@\\]+@[^\s<>"'@\\]+\.[^\s<>"'@\\]+$/;

/**
 * A display name that cannot break or forge a From header: no control or format characters (CR/LF,
 * bidi overrides, zero-width), no quotes, angle brackets or backslashes (an embedded "<x@y>" would
 * read as the address), whitespace collapsed, at most 70 characters (whole code points).
 */
export function senderDisplayName(value: string | null | undefined): string {
  if (!value) return '';
  const line = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/["<>\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...line].slice(0, SENDER_NAME_MAX).join('').trim();
}

export function chooseSender({
  tenant,
  platform,
  resellerFallbackEmail,
  production,
}: {
  tenant: SenderTenant;
  platform: { name: string; email: string };
  resellerFallbackEmail: string;
  production: boolean;
}): Sender {
  if (tenant.isRoot) return { name: senderDisplayName(platform.name), email: platform.email, source: 'platform' };
  const name = senderDisplayName(tenant.emailFromName) || senderDisplayName(tenant.name);
  const own = tenant.emailFromAddress?.trim().toLowerCase();
  if (own && SIMPLE_EMAIL.test(own) && (tenant.emailSenderVerified || !production)) return { name, email: own, source: 'tenant' };
  return { name, email: resellerFallbackEmail, source: 'fallback' };
}
