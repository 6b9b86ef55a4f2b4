import type { BetterAuthOptions } from 'better-auth';
import { getRedis } from '@/lib/redis';

export type SecondaryStorage = NonNullable<BetterAuthOptions['secondaryStorage']>;
export type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions['rateLimit']>['customStorage']>;

/** Every auth key of a tenant lives under this prefix (inside the Redis port's own prefix). */
export const authKeyPrefix = (tenantId: string) => `auth:${tenantId}:`;

/** Better Auth's session key for a session token (deleting it ends the session at once). */
export const sessionKey = (tenantId: string, token: string) => `${authKeyPrefix(tenantId)}${token}`;

const ttl = (seconds: number | undefined) => (seconds && seconds > 0 ? { ttlSeconds: Math.max(1, Math.ceil(seconds)) } : undefined);

/**
 * Better Auth's secondary storage on the Redis port: live sessions (key = session token), the
 * per-user session lists, revocation marks and cached verification values. Keys are namespaced per
 * tenant, so a session token of one tenant means nothing on another tenant's hosts.
 */
export function secondaryStorageFor(tenantId: string): SecondaryStorage {
  const prefix = authKeyPrefix(tenantId);
  const key = (k: string) => `${prefix}${k}`;
  return {
    get: (k) => getRedis().get(key(k)),
    set: async (k, value, seconds) => {
      await getRedis().set(key(k), value, ttl(seconds));
    },
    delete: async (k) => {
      await getRedis().del(key(k));
    },
    increment: (k, seconds) => getRedis().incr(key(k), 1, ttl(seconds)),
    // The port has no GETDEL; an atomic claim counter makes the read-and-delete single-use: only
    // the caller that takes the claim first gets the value.
    getAndDelete: async (k) => {
      const redis = getRedis();
      const claim = `${key(k)}:claim`;
      if ((await redis.incr(claim, 1, { ttlSeconds: 60 })) !== 1) return null;
      const value = await redis.get(key(k));
      await redis.del(key(k));
      await redis.del(claim);
      return value;
    },
  };
}

/**
 * Better Auth's per-IP, per-path request limits on the Redis port's atomic fixed-window counter,
 * namespaced per tenant.
 */
export function rateLimitStorageFor(tenantId: string): RateLimitStorage {
  return {
    consume: async (k, rule) => {
      const result = await getRedis().rateLimit(`${authKeyPrefix(tenantId)}rl:${k}`, { limit: rule.max, windowSeconds: rule.window });
      return result.success ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: Math.max(1, Math.ceil((result.resetAt.getTime() - Date.now()) / 1000)) };
    },
  };
}
