import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getIP, isAPIError } from 'better-auth/api';
import { getRedis } from '@/lib/redis';
import { authKeyPrefix } from './storage';

/**
 * Password guessing is limited twice, and neither limit lets a stranger lock anyone out:
 * - per account and client address: ten attempts per window; the eleventh from that address is
 *   refused (429) without checking the password. Other addresses are not affected.
 * - per account, from every device the account has not signed in from before: ten attempts, then an
 *   exponential back-off (one attempt per 10 s, 20 s, ... up to 15 minutes). A device that signed in
 *   before (a per-tenant cookie), an address it signed in from, or an account with a second factor
 *   (the password alone opens nothing) passes; a successful sign-in or a password reset ends it.
 * Counters live on the Redis port, so every web server sees the same counts.
 */
export const FAILED_SIGN_IN_LIMIT = 10;
export const FAILED_SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Attempts on one account from unknown devices before the back-off starts. */
export const ACCOUNT_FREE_FAILURES = 10;
const BACKOFF_FIRST_SECONDS = 10;
const BACKOFF_MAX_SECONDS = 15 * 60;
/** The account's count outlives the longest back-off, so pacing guesses at the cap never resets it. */
const ACCOUNT_MEMORY_SECONDS = 24 * 60 * 60;
const KNOWN_DEVICE_COOKIE = 'known_device';
const KNOWN_DEVICE_SECONDS = 180 * 24 * 60 * 60;
const KNOWN_ADDRESS_SECONDS = 90 * 24 * 60 * 60;
/** Accounts one browser remembers (several people, or one person with several accounts). */
const KNOWN_DEVICE_ACCOUNTS = 5;

const SIGN_IN_PATH = '/sign-in/email';

// Hashed: keys are visible to whoever operates Redis, email and IP addresses need not be.
const hash = (value: string) => createHash('sha256').update(value).digest('hex');
const accountOf = (email: string) => hash(email.trim().toLowerCase());

function keysFor(tenantId: string, email: string, ip: string) {
  const base = `${authKeyPrefix(tenantId)}signin:${accountOf(email)}`;
  const address = hash(ip).slice(0, 32);
  return {
    perAddress: `${base}:attempts:${address}`,
    account: `${base}:account`,
    backoff: `${base}:backoff`,
    knownAddress: `${base}:known:${address}`,
  };
}

/** What a browser that signed in to this account holds: unforgeable without the tenant's secret. */
function deviceToken(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`known-device:${userId}`).digest('base64url');
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() ? email : null;
}

type Ctx = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The client address the proxy resolved, normalised as Better Auth's own limiter does (IPv6 per /64). */
function clientOf(ctx: Ctx): string {
  return (ctx.headers && getIP(ctx.headers, ctx.context.options)) || 'unknown';
}

function knownDeviceCookie(ctx: Ctx) {
  return ctx.context.createAuthCookie(KNOWN_DEVICE_COOKIE, { maxAge: KNOWN_DEVICE_SECONDS });
}

function tokensIn(ctx: Ctx): string[] {
  return (ctx.getCookie(knownDeviceCookie(ctx).name) ?? '').split('.').filter(Boolean).slice(0, KNOWN_DEVICE_ACCOUNTS);
}

function holdsToken(tokens: string[], expected: string): boolean {
  const want = Buffer.from(expected);
  return tokens.some((token) => {
    const got = Buffer.from(token);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}

function tooMany(retryAfter: number, fromHere: boolean): APIError {
  const wait = Math.max(1, retryAfter);
  const when = wait < 60 ? `${wait} second${wait === 1 ? '' : 's'}` : `${Math.ceil(wait / 60)} minute${Math.ceil(wait / 60) === 1 ? '' : 's'}`;
  const message = fromHere
    ? `Too many failed sign-in attempts for this account. Try again in ${when}, or reset your password.`
    : `Too many failed sign-in attempts for this account. Try again in ${when}, sign in from a device you have used before, or reset your password.`;
  return new APIError('TOO_MANY_REQUESTS', { code: 'TOO_MANY_FAILED_SIGN_IN_ATTEMPTS', message, retryAfter: wait }, { 'Retry-After': String(wait) });
}

/**
 * Whether this attempt may skip the account's back-off: the browser or the address signed in to
 * this account before, or the account has a second factor. Consulted only during a back-off.
 */
async function passesBackoff(ctx: Ctx, email: string, knownAddressKey: string): Promise<boolean> {
  if (await getRedis().get(knownAddressKey)) return true;
  const found = await ctx.context.internalAdapter.findUserByEmail(email.trim().toLowerCase());
  if (!found) return false;
  if ((found.user as { twoFactorEnabled?: boolean }).twoFactorEnabled) return true;
  return holdsToken(tokensIn(ctx), deviceToken(ctx.context.secret, found.user.id));
}

/**
 * Ends the account's back-off and the resetting address's count: whoever could reset the password
 * controls the mailbox (Better Auth's onPasswordReset, create-auth.ts). `ip` as getIP resolves it.
 */
export async function clearSignInBackoff(tenantId: string, email: string, ip: string | null): Promise<void> {
  const keys = keysFor(tenantId, email, ip ?? 'unknown');
  await getRedis().del(keys.account, keys.backoff, ...(ip ? [keys.perAddress] : []));
}

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
            const keys = keysFor(tenantId, email, clientOf(ctx));
            // Counted before the password is checked, atomically: parallel guesses cannot slip past.
            const attempts = await redis.incr(keys.perAddress, 1, { ttlSeconds: FAILED_SIGN_IN_WINDOW_SECONDS });
            if (attempts > FAILED_SIGN_IN_LIMIT) throw tooMany(await redis.ttl(keys.perAddress), true);

            const accountAttempts = await redis.incr(keys.account, 1, { ttlSeconds: ACCOUNT_MEMORY_SECONDS });
            await redis.expire(keys.account, ACCOUNT_MEMORY_SECONDS);
            if (accountAttempts <= ACCOUNT_FREE_FAILURES) return;
            if (await passesBackoff(ctx, email, keys.knownAddress)) return;
            // One attempt per back-off period, claimed atomically; each claimed attempt doubles the next wait.
            const wait = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_FIRST_SECONDS * 2 ** (accountAttempts - ACCOUNT_FREE_FAILURES - 1));
            if (await redis.set(keys.backoff, '1', { nx: true, ttlSeconds: wait })) return;
            // Refused unchecked: it guessed nothing, so it counts against neither limit.
            await redis.incr(keys.account, -1, { ttlSeconds: ACCOUNT_MEMORY_SECONDS });
            await redis.incr(keys.perAddress, -1, { ttlSeconds: FAILED_SIGN_IN_WINDOW_SECONDS });
            throw tooMany(await redis.ttl(keys.backoff), false);
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
            const keys = keysFor(tenantId, email, clientOf(ctx));
            await getRedis().del(keys.perAddress, keys.account, keys.backoff);
          }),
        },
        {
          // Every way of getting a session (password, second factor, verification link) makes this
          // browser and address known to the account.
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const user = ctx.context.newSession?.user;
            if (!user) return;
            const keys = keysFor(tenantId, user.email, clientOf(ctx));
            await getRedis().set(keys.knownAddress, '1', { ttlSeconds: KNOWN_ADDRESS_SECONDS });
            const token = deviceToken(ctx.context.secret, user.id);
            const tokens = [token, ...tokensIn(ctx).filter((t) => t !== token)].slice(0, KNOWN_DEVICE_ACCOUNTS);
            const cookie = knownDeviceCookie(ctx);
            ctx.setCookie(cookie.name, tokens.join('.'), cookie.attributes);
          }),
        },
      ],
    },
  };
}
