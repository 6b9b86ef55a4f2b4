import { sql, type SQL } from 'drizzle-orm';
import { driverError, infraDb, type AnyDb } from '@/db/client';
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
 * The Redis port on PostgreSQL: the embedded default when no Upstash is configured (sandbox, tests).
 * One UNLOGGED table, redis_kv (db/schema/redis.ts). Every operation is ONE SQL statement, so it is
 * atomic without explicit transactions: writes are INSERT ... ON CONFLICT DO UPDATE ... WHERE
 * (the row lock taken by the conflict serialises concurrent callers) or a conditional
 * UPDATE/DELETE ... RETURNING. An expired row counts as absent everywhere: reads filter on
 * expires_at, and writes treat an expired row as a fresh key. sweepExpired() deletes them.
 */

export type PostgresRedisOptions = {
  prefix: string;
  /** The database handle; defaults to db/client.ts's infraDb(), resolved on first use. */
  db?: () => AnyDb;
};

export class PostgresRedisAdapter implements RedisPort {
  readonly kind = 'postgres' as const;
  readonly prefix: string;
  private readonly handle: () => AnyDb;

  constructor(options: PostgresRedisOptions) {
    this.prefix = options.prefix;
    this.handle = options.db ?? infraDb;
  }

  /** One statement; a failure surfaces as PostgreSQL's own error (code, message), not Drizzle's wrapper. */
  private async exec<T extends Record<string, unknown> = Record<string, unknown>>(query: SQL): Promise<T[] & { count: number }> {
    try {
      return (await this.handle().execute<T>(query)) as unknown as T[] & { count: number };
    } catch (error) {
      throw driverError(error);
    }
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  async get(key: string): Promise<string | null> {
    const rows = await this.exec<{ kind: string; value: string | null }>(sql`
      select kind, value from redis_kv where key = ${this.k(key)} and (expires_at is null or expires_at > now())`);
    const row = rows[0];
    if (!row) return null;
    if (row.kind !== 'string') throw new RedisWrongTypeError(key);
    return row.value;
  }

  async set(key: string, value: string, opts: SetOptions = {}): Promise<boolean> {
    assertValue(value);
    assertTtlSeconds(opts.ttlSeconds);
    const ttlMs = opts.ttlSeconds === undefined ? null : opts.ttlSeconds * 1000;
    return this.setString(this.k(key), value, ttlMs, opts.nx ?? false);
  }

  /** SET [PX ms] [NX]: NX writes only over a missing or expired key. */
  private async setString(fullKey: string, value: string, ttlMs: number | null, nx: boolean): Promise<boolean> {
    const rows = await this.exec(sql`
      insert into redis_kv as r (key, kind, value, fields, expires_at)
      values (${fullKey}, 'string', ${value}, null, now() + ${ttlMs}::bigint * interval '1 millisecond')
      on conflict (key) do update
        set kind = 'string', value = excluded.value, fields = null, expires_at = excluded.expires_at
        ${nx ? sql`where r.expires_at <= now()` : sql``}
      returning 1 as ok`);
    return rows.length === 1;
  }

  async del(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const full = keys.map((k) => this.k(k));
    // Expired rows go too (tidier), but only live ones count as existing, as in Redis.
    const [row] = await this.exec<{ n: number }>(sql`
      with d as (delete from redis_kv where key = any(${sql.param(full)}::text[]) returning expires_at)
      select count(*) filter (where expires_at is null or expires_at > now())::int as n from d`);
    return row?.n ?? 0;
  }

  async incr(key: string, by = 1, opts: TtlOptions = {}): Promise<number> {
    assertIncrement(by);
    assertTtlSeconds(opts.ttlSeconds);
    const ttl = opts.ttlSeconds ?? null;
    const rows = await this.run(key, () => this.exec<{ value: string }>(sql`
      insert into redis_kv as r (key, kind, value, fields, expires_at)
      values (${this.k(key)}, 'string', ${String(by)}, null, now() + ${ttl}::int * interval '1 second')
      on conflict (key) do update set
        kind = 'string',
        fields = null,
        value = case when r.expires_at <= now() then excluded.value
                     else (r.value::bigint + ${String(by)}::bigint)::text end,
        expires_at = case when r.expires_at <= now() then excluded.expires_at
                          else coalesce(r.expires_at, excluded.expires_at) end
      where r.kind = 'string' or r.expires_at <= now()
      returning value`));
    const row = rows[0];
    if (!row) throw new RedisWrongTypeError(key);
    return Number(row.value);
  }

  async expire(key: string, ttlSeconds: number): Promise<boolean> {
    assertTtlSeconds(ttlSeconds);
    const rows = await this.exec(sql`
      update redis_kv set expires_at = now() + ${ttlSeconds}::int * interval '1 second'
      where key = ${this.k(key)} and (expires_at is null or expires_at > now())
      returning 1 as ok`);
    return rows.length === 1;
  }

  async ttl(key: string): Promise<number> {
    const [row] = await this.exec<{ ttl: number }>(sql`
      select case when expires_at is null then -1
                  else greatest(0, round(extract(epoch from expires_at - now())))::int end as ttl
      from redis_kv where key = ${this.k(key)} and (expires_at is null or expires_at > now())`);
    return row ? row.ttl : -2;
  }

  async hset(key: string, fields: Record<string, string>, opts: TtlOptions = {}): Promise<void> {
    assertFields(fields);
    assertTtlSeconds(opts.ttlSeconds);
    const ttl = opts.ttlSeconds ?? null;
    const rows = await this.exec(sql`
      insert into redis_kv as r (key, kind, value, fields, expires_at)
      values (${this.k(key)}, 'hash', null, ${JSON.stringify(fields)}::jsonb, now() + ${ttl}::int * interval '1 second')
      on conflict (key) do update set
        kind = 'hash',
        value = null,
        fields = case when r.expires_at <= now() then excluded.fields
                      else r.fields || excluded.fields end,
        expires_at = case when ${ttl}::int is not null then excluded.expires_at
                          when r.expires_at <= now() then null
                          else r.expires_at end
      where r.kind = 'hash' or r.expires_at <= now()
      returning 1 as ok`);
    if (rows.length === 0) throw new RedisWrongTypeError(key);
  }

  async hget(key: string, field: string): Promise<string | null> {
    const [row] = await this.exec<{ kind: string; value: string | null }>(sql`
      select kind, fields ->> ${field}::text as value
      from redis_kv where key = ${this.k(key)} and (expires_at is null or expires_at > now())`);
    if (!row) return null;
    if (row.kind !== 'hash') throw new RedisWrongTypeError(key);
    return row.value;
  }

  async hgetall(key: string): Promise<Record<string, string> | null> {
    const [row] = await this.exec<{ kind: string; fields: Record<string, string> | null }>(sql`
      select kind, fields from redis_kv where key = ${this.k(key)} and (expires_at is null or expires_at > now())`);
    if (!row) return null;
    if (row.kind !== 'hash' || !row.fields) throw new RedisWrongTypeError(key);
    return row.fields;
  }

  async hincrby(key: string, field: string, by = 1): Promise<number> {
    assertIncrement(by);
    const rows = await this.run(key, () => this.exec<{ value: string }>(sql`
      insert into redis_kv as r (key, kind, value, fields, expires_at)
      values (${this.k(key)}, 'hash', null, jsonb_build_object(${field}::text, ${String(by)}::text), null)
      on conflict (key) do update set
        kind = 'hash',
        value = null,
        fields = case when r.expires_at <= now() then excluded.fields
                      else jsonb_set(r.fields, array[${field}::text],
                             to_jsonb((coalesce((r.fields ->> ${field}::text)::bigint, 0) + ${String(by)}::bigint)::text)) end,
        expires_at = case when r.expires_at <= now() then null else r.expires_at end
      where r.kind = 'hash' or r.expires_at <= now()
      returning fields ->> ${field}::text as value`));
    const row = rows[0];
    if (!row) throw new RedisWrongTypeError(key);
    return Number(row.value);
  }

  async acquireLock(name: string, ttlMs: number): Promise<Lock | null> {
    assertTtlMs(ttlMs);
    const key = lockKey(this.prefix, name);
    const token = newLockToken();
    if (!(await this.setString(key, token, ttlMs, true))) return null;
    return {
      name,
      token,
      release: async () => {
        // Deletes only our own token; a lock taken over after expiry carries another one.
        const [row] = await this.exec<{ live: boolean }>(sql`
          with d as (delete from redis_kv where key = ${key} and kind = 'string' and value = ${token} returning expires_at)
          select bool_or(expires_at > now()) as live from d`);
        return row?.live === true;
      },
      extend: async (ms: number) => {
        assertTtlMs(ms);
        const rows = await this.exec(sql`
          update redis_kv set expires_at = now() + ${ms}::bigint * interval '1 millisecond'
          where key = ${key} and kind = 'string' and value = ${token} and expires_at > now()
          returning 1 as ok`);
        return rows.length === 1;
      },
    };
  }

  async rateLimit(key: string, opts: RateLimitOptions): Promise<RateLimitResult> {
    const ms = windowMs(opts);
    const base = `${rateLimitPrefix(this.prefix)}:${key}`;
    // The window number comes from the database clock, the same clock that judges expiry.
    const rows = await this.run(key, () => this.exec<{ count: string; reset_ms: string }>(sql`
      with w as (select floor(extract(epoch from now()) * 1000 / ${ms}::bigint)::bigint as n)
      insert into redis_kv as r (key, kind, value, fields, expires_at)
      select ${base} || ':' || w.n, 'string', '1', null, to_timestamp(((w.n + 1) * ${ms}::bigint) / 1000.0) from w
      on conflict (key) do update set
        kind = 'string',
        fields = null,
        value = case when r.expires_at <= now() then '1' else (r.value::bigint + 1)::text end,
        expires_at = case when r.expires_at <= now() then excluded.expires_at else r.expires_at end
      where r.kind = 'string' or r.expires_at <= now()
      returning value as count, round(extract(epoch from expires_at) * 1000)::bigint::text as reset_ms`));
    const row = rows[0];
    if (!row) throw new RedisWrongTypeError(key);
    const used = Number(row.count);
    return {
      success: used <= opts.limit,
      remaining: Math.max(0, opts.limit - used),
      resetAt: new Date(Number(row.reset_ms)),
      limit: opts.limit,
    };
  }

  async ping(): Promise<number> {
    const started = performance.now();
    await this.exec(sql`select 1`);
    return performance.now() - started;
  }

  /** Maps PostgreSQL's integer errors to the port's (22P02 invalid integer, 22003 overflow). */
  private async run<T>(key: string, query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '22P02' || code === '22003') throw new RedisNotIntegerError(key);
      throw error;
    }
  }
}

/**
 * Deletes expired rows in batches (the jobs room schedules it). Rows a writer is reviving right
 * now are skipped (SKIP LOCKED) and the expiry is re-checked at delete time, so a key renewed
 * concurrently is never lost. Returns how many rows were deleted.
 */
export async function sweepExpired(options: { db?: AnyDb; batchSize?: number } = {}): Promise<number> {
  const db = options.db ?? infraDb();
  const exec = async (query: SQL) => {
    try {
      return await db.execute(query);
    } catch (error) {
      throw driverError(error);
    }
  };
  const batchSize = options.batchSize ?? 5000;
  let total = 0;
  for (;;) {
    const result = await exec(sql`
      with doomed as (
        select key from redis_kv where expires_at <= now() limit ${batchSize} for update skip locked
      )
      delete from redis_kv r using doomed d where r.key = d.key and r.expires_at <= now()`);
    total += result.count;
    if (result.count < batchSize) return total;
  }
}
