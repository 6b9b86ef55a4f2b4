import { config, type Config } from '@/lib/config';
import { logger } from '@/lib/logger';
import { PostgresRedisAdapter } from './postgres-adapter';
import type { RedisPort } from './types';
import { UpstashRedisAdapter } from './upstash-adapter';

export { sweepExpired } from './postgres-adapter';
export * from './types';

type RedisSettings = Pick<Config, 'APP_MODE' | 'UPSTASH_REDIS_REST_URL' | 'UPSTASH_REDIS_REST_TOKEN' | 'REDIS_KEY_PREFIX'>;

/**
 * Chooses the adapter: Upstash when both UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are
 * set, otherwise the Postgres-backed port, which production refuses.
 */
export function createRedis(settings: RedisSettings): RedisPort {
  const url = settings.UPSTASH_REDIS_REST_URL;
  const token = settings.UPSTASH_REDIS_REST_TOKEN;
  const prefix = settings.REDIS_KEY_PREFIX;
  if (url && token) return new UpstashRedisAdapter({ url, token, prefix });
  if (url || token) {
    // Half a configuration is a mistake; quietly falling back would hide it.
    throw new Error(`Redis: ${url ? 'UPSTASH_REDIS_REST_TOKEN' : 'UPSTASH_REDIS_REST_URL'} is not set, but ${url ? 'UPSTASH_REDIS_REST_URL' : 'UPSTASH_REDIS_REST_TOKEN'} is: set both to use Upstash, or neither for the Postgres-backed port`);
  }
  if (settings.APP_MODE === 'production') {
    throw new Error('Redis: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are required in production; the Postgres-backed Redis port is sandbox-only');
  }
  return new PostgresRedisAdapter({ prefix });
}

// One adapter per process, kept on globalThis so dev reloads reuse it: a connection handle, not data.
const store = globalThis as typeof globalThis & { __didtronRedis?: RedisPort };

/** The process's Redis port. */
export function getRedis(): RedisPort {
  if (!store.__didtronRedis) {
    store.__didtronRedis = createRedis(config());
    logger.info({ redis: store.__didtronRedis.kind, prefix: store.__didtronRedis.prefix }, 'redis port ready');
  }
  return store.__didtronRedis;
}
