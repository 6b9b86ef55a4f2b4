/**
 * The Redis port: the one way the app reaches Redis (sessions, rate-limit windows, locks, job
 * progress, small caches; never canonical data). Values are strings: callers JSON-encode.
 * Every key is namespaced with the adapter's prefix (REDIS_KEY_PREFIX).
 *
 * Semantics follow Redis, and both adapters pass one contract suite (lib/redis/contract.test.ts).
 * A key holds either a string or a hash; using it as the other kind throws RedisWrongTypeError.
 */

export type SetOptions = {
  /** Expiry in whole seconds; without it the key is persistent (and any previous TTL is cleared, like SET). */
  ttlSeconds?: number;
  /** Only set when the key does not exist (an expired key does not exist). */
  nx?: boolean;
};

export type TtlOptions = { ttlSeconds?: number };

export type RateLimitOptions = {
  /** Requests allowed per window. */
  limit: number;
  /** Window length; windows are fixed and aligned to the Unix epoch (window n covers [n*w, (n+1)*w)). */
  windowSeconds: number;
};

export type RateLimitResult = {
  success: boolean;
  /** Requests left in this window after this one (0 when refused). */
  remaining: number;
  /** When this window ends and the count starts again. */
  resetAt: Date;
  limit: number;
};

export interface Lock {
  readonly name: string;
  /** Random per acquisition: only the holder of this token can release or extend the lock. */
  readonly token: string;
  /** Deletes the lock only if it still carries this token; false if it expired or was taken over. */
  release(): Promise<boolean>;
  /** Sets the remaining lifetime to ttlMs, only if the lock still carries this token. */
  extend(ttlMs: number): Promise<boolean>;
}

export interface RedisPort {
  /** Which adapter serves the port (shown in health checks). */
  readonly kind: 'upstash' | 'postgres';
  readonly prefix: string;

  get(key: string): Promise<string | null>;
  /** Returns false only when nx is set and the key already existed. */
  set(key: string, value: string, opts?: SetOptions): Promise<boolean>;
  /** Returns how many of the keys existed. */
  del(...keys: string[]): Promise<number>;
  /**
   * Atomic INCRBY (by may be negative). With ttlSeconds, the TTL is given when the counter is
   * created (or has none) and later increments keep that deadline: a counter per window.
   */
  incr(key: string, by?: number, opts?: TtlOptions): Promise<number>;
  /** Sets a TTL on an existing key; false if the key does not exist. */
  expire(key: string, ttlSeconds: number): Promise<boolean>;
  /** Seconds left (rounded); -1 for a key without expiry, -2 for a missing key. */
  ttl(key: string): Promise<number>;

  /** Merges the fields into the hash; with ttlSeconds the whole hash's TTL is (re)set, without it kept. */
  hset(key: string, fields: Record<string, string>, opts?: TtlOptions): Promise<void>;
  hget(key: string, field: string): Promise<string | null>;
  /** The whole hash, or null when the key does not exist. */
  hgetall(key: string): Promise<Record<string, string> | null>;
  /** Atomic HINCRBY; creates the hash or field at 0 first. Keeps the hash's TTL. */
  hincrby(key: string, field: string, by?: number): Promise<number>;

  /** SET NX with a random token; null when someone else holds it. */
  acquireLock(name: string, ttlMs: number): Promise<Lock | null>;
  /** Counts one request against key's current fixed window (counted even when refused). */
  rateLimit(key: string, opts: RateLimitOptions): Promise<RateLimitResult>;
  /** Round-trip latency in milliseconds. */
  ping(): Promise<number>;
}

/** A command met a key holding the other kind of value (string vs hash), as Redis's WRONGTYPE. */
export class RedisWrongTypeError extends Error {
  constructor(key: string) {
    super(`WRONGTYPE: key "${key}" holds the wrong kind of value`);
    this.name = 'RedisWrongTypeError';
  }
}

/** INCR/HINCRBY on a value that is not a 64-bit integer, or an increment that would overflow. */
export class RedisNotIntegerError extends Error {
  constructor(key: string) {
    super(`value at "${key}" is not an integer or the increment would overflow`);
    this.name = 'RedisNotIntegerError';
  }
}
