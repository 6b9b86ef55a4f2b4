import { createHash } from 'node:crypto';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { getRedis } from '@/lib/redis';
import { authKeyPrefix } from './storage';

/** Ten password attempts per account and window; the eleventh is refused with 429 without checking the password. */
export const FAILED_SIGN_IN_LIMIT = 10;
export const FAILED_SIGN_IN_WINDOW_SECONDS = 15 * 60;

const SIGN_IN_PATH = '/sign-in/email';

export function failedSignInKey(tenantId: string, email: string): string {
  // Hashed: keys are visible to whoever operates Redis, addresses need not be.
  return `${authKeyPrefix(tenantId)}signin-attempts:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() ? email : null;
}

/**
 * Brute-force guard per account (Better Auth's own limiter is per IP and path): counts password
 * attempts on the account in a fixed window, atomically before the password is checked, and
 * clears the count once the password was right. The window starts at the first attempt.
 */
export function signInGuard(tenantId: string): BetterAuthPlugin {
  return {
    id: 'didtron-sign-in-guard',
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const redis = getRedis();
            const key = failedSignInKey(tenantId, email);
            const attempts = await redis.incr(key, 1, { ttlSeconds: FAILED_SIGN_IN_WINDOW_SECONDS });
            if (attempts <= FAILED_SIGN_IN_LIMIT) return;
            const retryAfter = Math.max(1, await redis.ttl(key));
            const minutes = Math.ceil(retryAfter / 60);
            throw new APIError(
              'TOO_MANY_REQUESTS',
              {
                code: 'TOO_MANY_FAILED_SIGN_IN_ATTEMPTS',
                message: `Too many failed sign-in attempts for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`,
                retryAfter,
              },
              { 'Retry-After': String(retryAfter) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            const returned: unknown = ctx.context.returned;
            if (!email) return;
            // A wrong password (401) or a refused attempt (429) keeps its count; bad input (400) says
            // nothing about the password. Anything else (signed in, 2FA pending, email not verified)
            // means the password was right.
            if (isAPIError(returned) && [400, 401, 429].includes(returned.statusCode)) return;
            await getRedis().del(failedSignInKey(tenantId, email));
          }),
        },
      ],
    },
  };
}
