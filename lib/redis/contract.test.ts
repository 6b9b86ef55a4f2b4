import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb } from '@/db/client';
import { RespClient } from '@/fakes/upstash-rest/resp';
import { startUpstashRestBridge, type UpstashRestBridge } from '@/fakes/upstash-rest/server';
import { PostgresRedisAdapter, sweepExpired } from './postgres-adapter';
import { RedisNotIntegerError, RedisWrongTypeError, type RateLimitResult, type RedisPort } from './types';
import { UpstashRedisAdapter } from './upstash-adapter';

/**
 * One contract, every adapter: the Postgres-backed port always; the Upstash adapter (the real
 * @upstash/redis and @upstash/ratelimit) through the Upstash REST bridge to the real Redis at
 * REDIS_URL when it is set. Every test uses its own key prefix, so runs sharing a Redis never collide.
 */

const REDIS_URL = process.env.REDIS_URL;
const RUN = `contract:${randomUUID()}`;
let counter = 0;
const freshPrefix = () => `${RUN}:${++counter}:`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Target = {
  name: string;
  skipReason?: string;
  postgres: boolean;
  setup: () => Promise<void>;
  teardown: () => Promise<void>;
  make: (prefix: string) => RedisPort;
};

let bridge: UpstashRestBridge | undefined;

const targets: Target[] = [
  {
    name: 'postgres adapter',
    postgres: true,
    setup: async () => {},
    teardown: async () => {},
    make: (prefix) => new PostgresRedisAdapter({ prefix }),
  },
  {
    name: 'upstash adapter via the Upstash REST bridge to REDIS_URL',
    skipReason: REDIS_URL ? undefined : 'skipped: REDIS_URL is not set (CI sets redis://127.0.0.1:6379)',
    postgres: false,
    setup: async () => {
      bridge = await startUpstashRestBridge({ redisUrl: REDIS_URL!, token: randomUUID() });
    },
    teardown: async () => {
      // The real Redis is shared: remove this run's keys.
      const redis = await RespClient.connect(REDIS_URL!);
      let cursor = '0';
      do {
        const reply = (await redis.command(['SCAN', cursor, 'MATCH', `${RUN}:*`, 'COUNT', '1000'])) as [Buffer, Buffer[]];
        cursor = reply[0].toString();
        if (reply[1].length) await redis.command(['DEL', ...reply[1]]);
      } while (cursor !== '0');
      await redis.close();
      await bridge?.close();
    },
    make: (prefix) => new UpstashRedisAdapter({ url: bridge!.url, token: bridge!.token, prefix }),
  },
];

afterAll(async () => {
  await closeDb();
});

/** Runs calls one after another until they all land in one rate-limit window (retrying once on a boundary). */
async function inOneWindow(run: () => Promise<RateLimitResult[]>): Promise<RateLimitResult[]> {
  for (let attempt = 0; ; attempt++) {
    const results = await run();
    const windows = new Set(results.map((r) => r.resetAt.getTime()));
    if (windows.size === 1 || attempt === 2) return results;
  }
}

describe.each(targets)('RedisPort contract: $name', (target) => {
  if (target.skipReason) {
    it.skip(target.skipReason, () => {});
    return;
  }

  beforeAll(target.setup);
  afterAll(target.teardown);

  describe('strings', () => {
    it('get/set/del round-trip values exactly, and del counts the keys that existed', async () => {
      const r = target.make(freshPrefix());
      expect(await r.get('a')).toBeNull();
      const values = ['{"a":1,"b":[true,null]}', 'ünïcødé ✓ 𝄞', '123', 'OK', 'PONG', 'T0s=', '', 'line\r\nbreak'];
      for (const [i, v] of values.entries()) {
        expect(await r.set(`v${i}`, v)).toBe(true);
        expect(await r.get(`v${i}`)).toBe(v);
      }
      expect(await r.set('a', 'first')).toBe(true);
      expect(await r.set('a', 'second')).toBe(true);
      expect(await r.get('a')).toBe('second');
      await r.set('b', 'x');
      expect(await r.del('a', 'b', 'never-set')).toBe(2);
      expect(await r.get('a')).toBeNull();
      expect(await r.get('b')).toBeNull();
      expect(await r.del('a')).toBe(0);
      expect(await r.del()).toBe(0);
    });

    it('expires keys after their TTL; ttl reports -1 without expiry and -2 when missing', async () => {
      const r = target.make(freshPrefix());
      await r.set('short', 'v', { ttlSeconds: 1 });
      await r.set('long', 'v');
      expect(await r.get('short')).toBe('v');
      const ttl = await r.ttl('short');
      expect(ttl).toBeGreaterThanOrEqual(0);
      expect(ttl).toBeLessThanOrEqual(1);
      expect(await r.ttl('long')).toBe(-1);
      expect(await r.ttl('missing')).toBe(-2);
      await sleep(1200);
      expect(await r.get('short')).toBeNull();
      expect(await r.ttl('short')).toBe(-2);
      expect(await r.del('short')).toBe(0);
      expect(await r.get('long')).toBe('v');
    });

    it('SET without ttl clears a previous TTL; expire sets one on existing keys only', async () => {
      const r = target.make(freshPrefix());
      await r.set('k', 'v', { ttlSeconds: 100 });
      expect(await r.ttl('k')).toBeGreaterThan(90);
      await r.set('k', 'w');
      expect(await r.ttl('k')).toBe(-1);
      expect(await r.expire('k', 50)).toBe(true);
      const ttl = await r.ttl('k');
      expect(ttl).toBeGreaterThan(40);
      expect(ttl).toBeLessThanOrEqual(50);
      expect(await r.expire('missing', 50)).toBe(false);
      expect(await r.ttl('missing')).toBe(-2);
    });

    it('NX sets only a missing key, and an expired key counts as missing', async () => {
      const r = target.make(freshPrefix());
      expect(await r.set('k', 'one', { nx: true })).toBe(true);
      expect(await r.set('k', 'two', { nx: true })).toBe(false);
      expect(await r.get('k')).toBe('one');
      await r.del('k');
      expect(await r.set('k', 'three', { nx: true })).toBe(true);
      expect(await r.get('k')).toBe('three');

      await r.set('e', 'old', { ttlSeconds: 1 });
      expect(await r.set('e', 'new', { nx: true, ttlSeconds: 30 })).toBe(false);
      await sleep(1200);
      expect(await r.set('e', 'new', { nx: true, ttlSeconds: 30 })).toBe(true);
      expect(await r.get('e')).toBe('new');
      expect(await r.ttl('e')).toBeGreaterThan(20);
    });

    it('exactly one of many concurrent NX writers wins', async () => {
      const r = target.make(freshPrefix());
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => r.set('race', `w${i}`, { nx: true })));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await r.get('race')).toBe(`w${results.indexOf(true)}`);
    });

    it('refuses invalid arguments the same way on every adapter', async () => {
      const r = target.make(freshPrefix());
      await expect(r.set('k', 'v', { ttlSeconds: 0 })).rejects.toThrow(RangeError);
      await expect(r.set('k', 'v', { ttlSeconds: 1.5 })).rejects.toThrow(RangeError);
      await expect(r.set('k', 42 as unknown as string)).rejects.toThrow(TypeError);
      await expect(r.expire('k', -1)).rejects.toThrow(RangeError);
      await expect(r.incr('k', 0.5)).rejects.toThrow(RangeError);
      await expect(r.hset('h', {})).rejects.toThrow(RangeError);
      await expect(r.acquireLock('l', 0)).rejects.toThrow(RangeError);
      await expect(r.rateLimit('x', { limit: 0, windowSeconds: 1 })).rejects.toThrow(RangeError);
      expect(await r.get('k')).toBeNull();
    });
  });

  describe('counters', () => {
    it('incr starts at the increment, accepts negative steps, and refuses non-integers', async () => {
      const r = target.make(freshPrefix());
      expect(await r.incr('c')).toBe(1);
      expect(await r.incr('c', 5)).toBe(6);
      expect(await r.incr('c', -10)).toBe(-4);
      expect(await r.get('c')).toBe('-4');
      await r.set('text', 'abc');
      await expect(r.incr('text')).rejects.toThrow(RedisNotIntegerError);
      expect(await r.get('text')).toBe('abc');
      await r.set('big', '9223372036854775807');
      await expect(r.incr('big')).rejects.toThrow(RedisNotIntegerError);
    });

    it('50 concurrent increments each see a distinct value and none is lost', async () => {
      const r = target.make(freshPrefix());
      const results = await Promise.all(Array.from({ length: 50 }, () => r.incr('hits')));
      expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await r.get('hits')).toBe('50');
    });

    it('incr with ttl sets the deadline at creation, keeps it on later increments, then starts over', async () => {
      const r = target.make(freshPrefix());
      expect(await r.incr('w', 1, { ttlSeconds: 1 })).toBe(1);
      expect(await r.incr('w', 1, { ttlSeconds: 100 })).toBe(2);
      expect(await r.ttl('w')).toBeLessThanOrEqual(1);
      await sleep(1200);
      expect(await r.get('w')).toBeNull();
      expect(await r.incr('w', 1, { ttlSeconds: 100 })).toBe(1);
      expect(await r.ttl('w')).toBeGreaterThan(90);
      // A persistent counter gets the TTL on its next increment.
      await r.incr('p');
      expect(await r.ttl('p')).toBe(-1);
      await r.incr('p', 1, { ttlSeconds: 100 });
      expect(await r.ttl('p')).toBeGreaterThan(90);
    });
  });

  describe('hashes', () => {
    it('hset merges fields, hget/hgetall read them, hgetall of a missing key is null', async () => {
      const r = target.make(freshPrefix());
      expect(await r.hgetall('job')).toBeNull();
      expect(await r.hget('job', 'state')).toBeNull();
      await r.hset('job', { state: 'running', done: '0', meta: '{"file":"a.csv"}' });
      await r.hset('job', { done: '10', total: '100' });
      expect(await r.hget('job', 'state')).toBe('running');
      expect(await r.hget('job', 'nope')).toBeNull();
      expect(await r.hgetall('job')).toEqual({ state: 'running', done: '10', total: '100', meta: '{"file":"a.csv"}' });
      expect(await r.del('job')).toBe(1);
      expect(await r.hgetall('job')).toBeNull();
    });

    it('hincrby creates fields at zero and is atomic under 50 concurrent callers', async () => {
      const r = target.make(freshPrefix());
      expect(await r.hincrby('p', 'done')).toBe(1);
      expect(await r.hincrby('p', 'done', 4)).toBe(5);
      await Promise.all(Array.from({ length: 50 }, () => r.hincrby('p', 'rows', 2)));
      expect(await r.hgetall('p')).toEqual({ done: '5', rows: '100' });
      await r.hset('p', { label: 'x' });
      await expect(r.hincrby('p', 'label')).rejects.toThrow(RedisNotIntegerError);
    });

    it('hset with ttl expires the whole hash; hset without ttl keeps the TTL', async () => {
      const r = target.make(freshPrefix());
      await r.hset('h', { a: '1' }, { ttlSeconds: 1 });
      await r.hset('h', { b: '2' });
      expect(await r.ttl('h')).toBeGreaterThanOrEqual(0);
      expect(await r.ttl('h')).toBeLessThanOrEqual(1);
      await sleep(1200);
      expect(await r.hgetall('h')).toBeNull();
      await r.hset('h', { c: '3' });
      expect(await r.hgetall('h')).toEqual({ c: '3' });
      expect(await r.ttl('h')).toBe(-1);
    });

    it('a key is a string or a hash: the wrong kind of command throws, SET replaces either', async () => {
      const r = target.make(freshPrefix());
      await r.set('s', 'v');
      await r.hset('h', { f: '1' });
      await expect(r.hset('s', { f: '1' })).rejects.toThrow(RedisWrongTypeError);
      await expect(r.hget('s', 'f')).rejects.toThrow(RedisWrongTypeError);
      await expect(r.hgetall('s')).rejects.toThrow(RedisWrongTypeError);
      await expect(r.hincrby('s', 'f')).rejects.toThrow(RedisWrongTypeError);
      await expect(r.get('h')).rejects.toThrow(RedisWrongTypeError);
      await expect(r.incr('h')).rejects.toThrow(RedisWrongTypeError);
      expect(await r.get('s')).toBe('v');
      expect(await r.hgetall('h')).toEqual({ f: '1' });
      expect(await r.set('h', 'now a string')).toBe(true);
      expect(await r.get('h')).toBe('now a string');
    });
  });

  describe('locks', () => {
    it('a held lock cannot be acquired again; release frees it once', async () => {
      const r = target.make(freshPrefix());
      const a = await r.acquireLock('import', 10_000);
      expect(a).not.toBeNull();
      expect(a!.name).toBe('import');
      expect(a!.token).toMatch(/^[0-9a-f]{32}$/);
      expect(await r.acquireLock('import', 10_000)).toBeNull();
      expect(await r.acquireLock('other', 10_000)).not.toBeNull();
      expect(await a!.release()).toBe(true);
      expect(await a!.release()).toBe(false);
      const b = await r.acquireLock('import', 10_000);
      expect(b).not.toBeNull();
      expect(b!.token).not.toBe(a!.token);
    });

    it('exactly one of many concurrent acquirers gets the lock', async () => {
      const r = target.make(freshPrefix());
      const locks = await Promise.all(Array.from({ length: 20 }, () => r.acquireLock('cron', 10_000)));
      expect(locks.filter((l) => l !== null)).toHaveLength(1);
    });

    it('an expired holder cannot release or extend the lock the next holder took', async () => {
      const r = target.make(freshPrefix());
      const stale = await r.acquireLock('job', 300);
      expect(stale).not.toBeNull();
      await sleep(500);
      const current = await r.acquireLock('job', 10_000);
      expect(current).not.toBeNull();
      // The stale holder's token no longer matches: nothing happens to the current holder's lock.
      expect(await stale!.release()).toBe(false);
      expect(await stale!.extend(10_000)).toBe(false);
      expect(await r.acquireLock('job', 10_000)).toBeNull();
      expect(await current!.release()).toBe(true);
      expect(await r.acquireLock('job', 10_000)).not.toBeNull();
    });

    it('extend keeps a lock past its original TTL', async () => {
      const r = target.make(freshPrefix());
      const lock = await r.acquireLock('long', 400);
      expect(await lock!.extend(10_000)).toBe(true);
      await sleep(600);
      expect(await r.acquireLock('long', 10_000)).toBeNull();
      expect(await lock!.release()).toBe(true);
      expect(await lock!.extend(10_000)).toBe(false);
    });
  });

  describe('rate limits', () => {
    it('allows limit requests per window, then refuses with remaining 0 and a future resetAt', async () => {
      const r = target.make(freshPrefix());
      const results = await inOneWindow(async () => {
        const key = `login:${randomUUID()}`;
        const out: RateLimitResult[] = [];
        for (let i = 0; i < 5; i++) out.push(await r.rateLimit(key, { limit: 3, windowSeconds: 60 }));
        return out;
      });
      expect(results.map((x) => x.success)).toEqual([true, true, true, false, false]);
      expect(results.map((x) => x.remaining)).toEqual([2, 1, 0, 0, 0]);
      for (const x of results) {
        expect(x.limit).toBe(3);
        expect(x.resetAt.getTime()).toBeGreaterThan(Date.now());
        expect(x.resetAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
        // Windows are aligned to the epoch.
        expect(x.resetAt.getTime() % 60_000).toBe(0);
      }
      // Another key has its own window.
      expect((await r.rateLimit('someone-else', { limit: 3, windowSeconds: 60 })).success).toBe(true);
    });

    it('a new window starts the count again', async () => {
      const r = target.make(freshPrefix());
      const key = 'burst';
      const results = await inOneWindow(async () => [
        await r.rateLimit(key, { limit: 2, windowSeconds: 1 }),
        await r.rateLimit(key, { limit: 2, windowSeconds: 1 }),
        await r.rateLimit(key, { limit: 2, windowSeconds: 1 }),
      ]);
      expect(results.map((x) => x.success)).toEqual([true, true, false]);
      await sleep(results[2]!.resetAt.getTime() - Date.now() + 50);
      const next = await r.rateLimit(key, { limit: 2, windowSeconds: 1 });
      expect(next.success).toBe(true);
      expect(next.remaining).toBe(1);
      expect(next.resetAt.getTime()).toBeGreaterThan(results[2]!.resetAt.getTime());
    });

    it('concurrent requests never exceed the limit within one window', async () => {
      const r = target.make(freshPrefix());
      const results = await Promise.all(Array.from({ length: 20 }, () => r.rateLimit('api', { limit: 5, windowSeconds: 60 })));
      const windows = [...new Set(results.map((x) => x.resetAt.getTime()))];
      for (const group of windows.map((w) => results.filter((x) => x.resetAt.getTime() === w))) {
        expect(group.filter((x) => x.success)).toHaveLength(Math.min(5, group.length));
        expect([...group.filter((x) => x.success).map((x) => x.remaining)].sort()).toEqual(
          Array.from({ length: Math.min(5, group.length) }, (_, i) => 5 - Math.min(5, group.length) + i),
        );
      }
    });
  });

  describe('isolation and health', () => {
    it('two key prefixes on one backend never see each other', async () => {
      const p1 = target.make(freshPrefix());
      const p2 = target.make(freshPrefix());
      await p1.set('k', 'one');
      await p2.set('k', 'two');
      expect(await p1.get('k')).toBe('one');
      expect(await p2.get('k')).toBe('two');
      expect(await p1.del('k')).toBe(1);
      expect(await p2.get('k')).toBe('two');
      await p1.hset('h', { f: '1' });
      expect(await p2.hgetall('h')).toBeNull();
      expect(await p1.incr('c')).toBe(1);
      expect(await p2.incr('c')).toBe(1);
      expect(await p1.acquireLock('l', 10_000)).not.toBeNull();
      expect(await p2.acquireLock('l', 10_000)).not.toBeNull();
      await p1.rateLimit('x', { limit: 1, windowSeconds: 60 });
      const other = await p2.rateLimit('x', { limit: 1, windowSeconds: 60 });
      expect(other.success).toBe(true);
    });

    it('ping reports a latency', async () => {
      const r = target.make(freshPrefix());
      const ms = await r.ping();
      expect(typeof ms).toBe('number');
      expect(ms).toBeGreaterThanOrEqual(0);
    });
  });

  if (target.postgres) {
    describe('postgres storage', () => {
      it('keeps its keyspace in an UNLOGGED table', async () => {
        const [row] = await infraDb().execute<{ relpersistence: string }>(sql`select relpersistence from pg_class where relname = 'redis_kv'`);
        expect(row?.relpersistence).toBe('u');
      });

      it('sweepExpired physically deletes expired rows and nothing else', async () => {
        const prefix = freshPrefix();
        const r = target.make(prefix);
        await r.set('gone', 'v', { ttlSeconds: 1 });
        await r.hset('gone-hash', { f: '1' }, { ttlSeconds: 1 });
        await r.set('kept', 'v');
        await r.set('later', 'v', { ttlSeconds: 100 });
        await sleep(1200);
        const rowsFor = async () =>
          (await infraDb().execute<{ key: string }>(sql`select key from redis_kv where key like ${`${prefix}%`} order by key`)).map((x) => x.key.slice(prefix.length));
        // Expired rows are invisible before the sweep, but still stored.
        expect(await r.get('gone')).toBeNull();
        expect(await rowsFor()).toEqual(['gone', 'gone-hash', 'kept', 'later']);
        expect(await sweepExpired({ batchSize: 1 })).toBeGreaterThanOrEqual(2);
        expect(await rowsFor()).toEqual(['kept', 'later']);
        expect(await sweepExpired()).toBe(0);
      });
    });
  }
});
