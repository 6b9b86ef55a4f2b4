/**
 * Latency of the Redis port's operations (what sessions, rate limits, locks and job progress pay):
 * the Postgres-backed adapter on an embedded PostgreSQL, and, when REDIS_URL is set, the Upstash
 * adapter against that real Redis through the loopback Upstash REST bridge.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { summarise } from './stats';

const N = 300;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-redis-'));
await fs.chmod(dir, 0o777);
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: 55_901, database: 'bench' });
try {
  await migrateDatabase(pg.url, 'bench-app-password');
  process.env.DATABASE_URL = pg.url;
  process.env.APP_DB_PASSWORD = 'bench-app-password';
  process.env.LOG_LEVEL = 'silent';
  const { PostgresRedisAdapter } = await import('../lib/redis/postgres-adapter');
  const { UpstashRedisAdapter } = await import('../lib/redis/upstash-adapter');
  const { closeDb } = await import('../db/client');
  type Port = InstanceType<typeof PostgresRedisAdapter> | InstanceType<typeof UpstashRedisAdapter>;

  async function run(label: string, port: Port) {
    const time = async (op: string, fn: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await fn(i);
      const samples: number[] = [];
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await fn(i);
        samples.push(performance.now() - t);
      }
      console.log(summarise(`${label}: ${op}`, samples));
    };
    await time('set (ttl 60 s)', (i) => port.set(`k${i}`, 'v'.repeat(200), { ttlSeconds: 60 }));
    await time('get', (i) => port.get(`k${i}`));
    await time('incr', () => port.incr('counter', 1, { ttlSeconds: 60 }));
    await time('rateLimit (100 / 60 s)', (i) => port.rateLimit(`rl${i % 10}`, { limit: 100, windowSeconds: 60 }));
    await time('acquireLock + release', async (i) => (await port.acquireLock(`lock${i}`, 5_000))?.release());
  }

  await run('postgres adapter', new PostgresRedisAdapter({ prefix: `bench:${Date.now()}:` }));
  if (process.env.REDIS_URL) {
    const { startUpstashRestBridge } = await import('../fakes/upstash-rest/server');
    const bridge = await startUpstashRestBridge({ redisUrl: process.env.REDIS_URL, token: 'bench-token', port: 0 });
    await run('upstash adapter (real Redis via bridge)', new UpstashRedisAdapter({ url: bridge.url, token: bridge.token, prefix: `bench:${Date.now()}:` }));
    await bridge.close();
  } else {
    console.log('upstash adapter: skipped (REDIS_URL is not set)');
  }
  await closeDb();
} finally {
  await pg.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
