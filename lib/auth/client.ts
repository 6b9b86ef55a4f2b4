import { createAuthClient } from 'better-auth/client';
import { twoFactorClient } from 'better-auth/client/plugins';

/**
 * The browser's Better Auth client. It talks to /api/auth on the page's own host, which the server
 * maps to that host's tenant, so the same client serves every brand.
 */
export const authClient = createAuthClient({ plugins: [twoFactorClient()] });

export type AuthError = { status: number; code?: string; message?: string };

/** A sentence to show for a failed auth call. */
export function describeAuthError(error: AuthError | null | undefined, fallback = 'Something went wrong. Try again.'): string {
  if (!error) return fallback;
  if (error.status === 429) return error.message && !/^Too many requests/.test(error.message) ? error.message : 'Too many attempts. Wait a minute and try again.';
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
      return 'That email and password do not match an account here.';
    case 'EMAIL_NOT_VERIFIED':
      return 'Verify your email address first: we have sent you a new link.';
    case 'ACCOUNT_DISABLED':
      return 'This account is disabled. Contact your administrator.';
    case 'INVALID_CODE':
      return 'That code is not valid. Check your authenticator app and try again.';
    case 'INVALID_TWO_FACTOR_COOKIE':
      return 'Your sign-in has expired. Sign in again.';
    case 'INVALID_TOKEN':
      return 'This link is invalid or has expired. Request a new one.';
    case 'PASSWORD_TOO_SHORT':
      return 'The password is too short.';
    case 'INVALID_PASSWORD':
      return 'The password is not correct.';
    default:
      return error.message || fallback;
  }
}
