import { TooManyRequestsError } from '@/lib/errors';
import { getRedis, type RateLimitResult } from '@/lib/redis';

/** Requests a minute a key gets unless its creator chose otherwise (10 a second on average). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
export const MAX_RATE_LIMIT_PER_MINUTE = 100_000;
const WINDOW_SECONDS = 60;

/**
 * The rate-limit fields of the IETF draft (draft-ietf-httpapi-ratelimit-headers): the quota, what
 * is left of it in this window, and the seconds until the window ends. `RateLimit-Policy` states
 * the quota and window (`600;w=60`).
 */
export function rateLimitHeaders(result: RateLimitResult, now = Date.now()): Record<string, string> {
  const reset = Math.max(0, Math.ceil((result.resetAt.getTime() - now) / 1000));
  return {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(Math.max(0, result.remaining)),
    'RateLimit-Reset': String(reset),
    'RateLimit-Policy': `${result.limit};w=${WINDOW_SECONDS}`,
  };
}

/**
 * Counts one request against the key's fixed one-minute window on the Redis port (the same
 * limiter as @upstash/ratelimit's fixed window on both adapters). Returns the RateLimit-* headers
 * for the response; over the limit it throws a 429 carrying them and `Retry-After`.
 */
export async function limitApiKey(key: { id: string; rateLimitPerMinute: number }): Promise<Record<string, string>> {
  const result = await getRedis().rateLimit(`api-key:${key.id}`, { limit: key.rateLimitPerMinute, windowSeconds: WINDOW_SECONDS });
  const headers = rateLimitHeaders(result);
  if (!result.success) {
    const retryAfter = Math.max(1, Number(headers['RateLimit-Reset']));
    throw new TooManyRequestsError(`This API key is limited to ${key.rateLimitPerMinute} requests a minute: retry in ${retryAfter} s`, retryAfter, { ...headers, 'Retry-After': String(retryAfter) });
  }
  return headers;
}
