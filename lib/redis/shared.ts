import { randomBytes } from 'node:crypto';
import type { RateLimitOptions } from './types';

/**
 * Argument checks and key layout shared by both adapters, so that both refuse the same inputs and
 * lay out lock and rate-limit keys the same way.
 */

export function assertTtlSeconds(ttl: number | undefined, what = 'ttlSeconds'): void {
  if (ttl === undefined) return;
  if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new RangeError(`${what} must be a positive whole number of seconds, got ${ttl}`);
}

export function assertTtlMs(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive whole number of milliseconds, got ${ttlMs}`);
}

export function assertIncrement(by: number): void {
  if (!Number.isSafeInteger(by)) throw new RangeError(`increment must be a whole number, got ${by}`);
}

export function assertFields(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) throw new RangeError('hset needs at least one field');
  for (const [field, value] of entries) {
    if (typeof value !== 'string') throw new TypeError(`hash field "${field}" must be a string (JSON-encode it), got ${typeof value}`);
  }
}

export function assertValue(value: string): void {
  if (typeof value !== 'string') throw new TypeError(`value must be a string (JSON-encode it), got ${typeof value}`);
}

/** The window length in ms, validated. */
export function windowMs({ limit, windowSeconds }: RateLimitOptions): number {
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new RangeError(`limit must be a positive whole number, got ${limit}`);
  if (!Number.isFinite(windowSeconds) || windowSeconds <= 0) throw new RangeError(`windowSeconds must be positive, got ${windowSeconds}`);
  return Math.max(1, Math.round(windowSeconds * 1000));
}

export function lockKey(prefix: string, name: string): string {
  return `${prefix}lock:${name}`;
}

/** Base of a rate-limit key; the window number is appended (`<base>:<n>`), as @upstash/ratelimit does. */
export function rateLimitPrefix(prefix: string): string {
  return `${prefix}rl`;
}

/** 128 random bits: unguessable, so a lock cannot be released by anyone but its holder. */
export function newLockToken(): string {
  return randomBytes(16).toString('hex');
}
