/**
 * Retry schedule after a failed attempt, as the Standard Webhooks specification suggests: the
 * first retry after 5 s, then 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: 8 attempts over about 27.6 h.
 * Each delay is stretched by up to +20 % jitter, so endpoints that failed together are not all
 * retried in the same second.
 */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const JITTER = 0.2;
/** An endpoint failing without a single success for this long is disabled when a delivery gives up. */
export const DISABLE_AFTER_MS = 24 * 3600_000;
/** How long one attempt may take (connect, send, first bytes and body). */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** The delay before attempt `failedAttempt + 1`, or null when `failedAttempt` was the last. */
export function retryDelayMs(failedAttempt: number, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_MS[failedAttempt - 1];
  if (base === undefined) return null;
  return Math.round(base * (1 + JITTER * random()));
}
