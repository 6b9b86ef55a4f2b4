import { Ratelimit } from '@upstash/ratelimit';
import { Redis, type SetCommandOptions } from '@upstash/redis';
import {
  assertFields,
  assertIncrement,
  assertTtlMs,
  assertTtlSeconds,
  assertValue,
  lockKey,
  newLockToken,
  rateLimitPrefix,
  windowMs,
} from './shared';
import {
  RedisNotIntegerError,
  RedisWrongTypeError,
  type Lock,
  type RateLimitOptions,
  type RateLimitResult,
  type RedisPort,
  type SetOptions,
  type TtlOptions,
} from './types';

/**
 * The Redis port on Upstash (production), through @upstash/redis over the Upstash REST API and
 * @upstash/ratelimit's fixed window. Multi-step operations are Lua scripts, so each is atomic.
 */

// INCRBY, then a TTL only if the key has none: later increments keep the first deadline.
const INCR_SCRIPT = `local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if ARGV[2] ~= '' and redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return v`;

// HSET of all fields, then (re)set the hash's TTL when one is given.
const HSET_SCRIPT = `redis.call('HSET', KEYS[1], unpack(ARGV, 2))
if ARGV[1] ~= '' then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return 1`;

// Compare-and-delete: a holder whose lock expired and was taken over must not delete the new one.
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// Compare-and-pexpire, for the same reason.
const EXTEND_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

export type UpstashRedisOptions = { url: string; token: string; prefix: string };

export class UpstashRedisAdapter implements RedisPort {
  readonly kind = 'upstash' as const;
  readonly prefix: string;
  private readonly redis: Redis;
  private readonly incrScript;
  private readonly hsetScript;
  private readonly releaseScript;
  private readonly extendScript;

  constructor(options: UpstashRedisOptions) {
    this.prefix = options.prefix;
    this.redis = new Redis({
      url: options.url,
      token: options.token,
      // Values are strings the callers encoded; JSON-parsing them here would hand back objects.
      automaticDeserialization: false,
      // Commands run in the order they are issued: auto-pipelining splits reads and writes apart.
      enableAutoPipelining: false,
      enableTelemetry: false,
    });
    this.incrScript = this.redis.createScript<number>(INCR_SCRIPT);
    this.hsetScript = this.redis.createScript<number>(HSET_SCRIPT);
    this.releaseScript = this.redis.createScript<number>(RELEASE_SCRIPT);
    this.extendScript = this.redis.createScript<number>(EXTEND_SCRIPT);
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  async get(key: string): Promise<string | null> {
    return this.run(key, () => this.redis.get<string>(this.k(key)));
  }

  async set(key: string, value: string, opts: SetOptions = {}): Promise<boolean> {
    assertValue(value);
    assertTtlSeconds(opts.ttlSeconds);
    const ttlMs = opts.ttlSeconds === undefined ? null : opts.ttlSeconds * 1000;
    const result = await this.run(key, () => this.redis.set(this.k(key), value, setOptions(ttlMs, opts.nx ?? false)));
    return result === 'OK';
  }

  async del(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    return this.redis.del(...keys.map((k) => this.k(k)));
  }

  async incr(key: string, by = 1, opts: TtlOptions = {}): Promise<number> {
    assertIncrement(by);
    assertTtlSeconds(opts.ttlSeconds);
    const result = await this.run(key, () =>
      this.incrScript.exec([this.k(key)], [String(by), opts.ttlSeconds === undefined ? '' : String(opts.ttlSeconds)]),
    );
    return Number(result);
  }

  async expire(key: string, ttlSeconds: number): Promise<boolean> {
    assertTtlSeconds(ttlSeconds);
    return (await this.redis.expire(this.k(key), ttlSeconds)) === 1;
  }

  async ttl(key: string): Promise<number> {
    return this.redis.ttl(this.k(key));
  }

  async hset(key: string, fields: Record<string, string>, opts: TtlOptions = {}): Promise<void> {
    assertFields(fields);
    assertTtlSeconds(opts.ttlSeconds);
    const args = [opts.ttlSeconds === undefined ? '' : String(opts.ttlSeconds), ...Object.entries(fields).flat()];
    await this.run(key, () => this.hsetScript.exec([this.k(key)], args));
  }

  async hget(key: string, field: string): Promise<string | null> {
    return this.run(key, () => this.redis.hget<string>(this.k(key), field));
  }

  async hgetall(key: string): Promise<Record<string, string> | null> {
    // Without automatic deserialization the client hands back Redis's flat [field, value, ...] list.
    const raw: unknown = await this.run(key, () => this.redis.hgetall(this.k(key)));
    return toRecord(raw);
  }

  async hincrby(key: string, field: string, by = 1): Promise<number> {
    assertIncrement(by);
    return Number(await this.run(key, () => this.redis.hincrby(this.k(key), field, by)));
  }

  async acquireLock(name: string, ttlMs: number): Promise<Lock | null> {
    assertTtlMs(ttlMs);
    const key = lockKey(this.prefix, name);
    const token = newLockToken();
    const acquired = await this.redis.set(key, token, { px: ttlMs, nx: true });
    if (acquired !== 'OK') return null;
    return {
      name,
      token,
      release: async () => Number(await this.releaseScript.exec([key], [token])) === 1,
      extend: async (ms: number) => {
        assertTtlMs(ms);
        return Number(await this.extendScript.exec([key], [token, String(ms)])) === 1;
      },
    };
  }

  async rateLimit(key: string, opts: RateLimitOptions): Promise<RateLimitResult> {
    const ms = windowMs(opts);
    // Built per call because the limit and window are per call; construction only stores settings.
    const limiter = new Ratelimit({
      redis: this.redis,
      limiter: Ratelimit.fixedWindow(opts.limit, `${ms} ms`),
      prefix: rateLimitPrefix(this.prefix),
      // Its default in-process Map of blocked identifiers would disagree across processes.
      ephemeralCache: false,
      // Its default fails open (success: true) after 5 s; the caller decides what an outage means.
      timeout: 0,
      analytics: false,
    });
    const result = await this.run(key, () => limiter.limit(key));
    return { success: result.success, remaining: result.remaining, resetAt: new Date(result.reset), limit: opts.limit };
  }

  async ping(): Promise<number> {
    const started = performance.now();
    await this.redis.ping();
    return performance.now() - started;
  }

  /** Maps Redis's type and integer errors (they arrive as UpstashError messages) to the port's. */
  private async run<T>(key: string, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.includes('WRONGTYPE')) throw new RedisWrongTypeError(key);
      if (/not an integer|overflow/i.test(message)) throw new RedisNotIntegerError(key);
      throw error;
    }
  }
}

function setOptions(ttlMs: number | null, nx: boolean): SetCommandOptions | undefined {
  if (ttlMs !== null) return nx ? { px: ttlMs, nx: true } : { px: ttlMs };
  return nx ? { nx: true } : undefined;
}

function toRecord(raw: unknown): Record<string, string> | null {
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) {
    if (raw.length === 0) return null;
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([String(raw[i]), String(raw[i + 1])]);
    // fromEntries defines own properties, so a field named "__proto__" stays a field.
    return Object.fromEntries(pairs);
  }
  if (typeof raw === 'object') {
    const entries = Object.entries(raw as Record<string, unknown>);
    return entries.length ? Object.fromEntries(entries.map(([f, v]) => [f, String(v)])) : null;
  }
  throw new TypeError(`unexpected HGETALL reply: ${typeof raw}`);
}
