import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';
import { createRedis, getRedis } from './index';

const sandbox = { APP_MODE: 'sandbox', REDIS_KEY_PREFIX: 'didtron:' } as const;
const upstash = { UPSTASH_REDIS_REST_URL: 'https://eu1-example.upstash.io', UPSTASH_REDIS_REST_TOKEN: 'secret-token' };

describe('createRedis: choosing the adapter', () => {
  it('uses Upstash when both variables are set', () => {
    const r = createRedis({ ...sandbox, ...upstash });
    expect(r.kind).toBe('upstash');
    expect(r.prefix).toBe('didtron:');
  });

  it('falls back to the Postgres-backed port outside production', () => {
    expect(createRedis({ ...sandbox, UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined }).kind).toBe('postgres');
  });

  it('refuses the Postgres fallback in production, naming the variables', () => {
    expect(() => createRedis({ ...sandbox, APP_MODE: 'production', UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: undefined })).toThrow(
      /UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are required in production/,
    );
    expect(createRedis({ ...sandbox, ...upstash, APP_MODE: 'production' }).kind).toBe('upstash');
  });

  it('refuses half a configuration instead of silently falling back', () => {
    expect(() => createRedis({ ...sandbox, UPSTASH_REDIS_REST_URL: upstash.UPSTASH_REDIS_REST_URL, UPSTASH_REDIS_REST_TOKEN: undefined })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN is not set/,
    );
    expect(() => createRedis({ ...sandbox, UPSTASH_REDIS_REST_URL: undefined, UPSTASH_REDIS_REST_TOKEN: 'x' })).toThrow(/UPSTASH_REDIS_REST_URL is not set/);
  });

  it('getRedis keeps one adapter per process', () => {
    expect(getRedis()).toBe(getRedis());
  });
});

describe('config: Redis settings', () => {
  it('defaults the key prefix and leaves Upstash unset in sandbox', () => {
    const c = parseConfig({});
    expect(c.REDIS_KEY_PREFIX).toBe('didtron:');
    expect(c.UPSTASH_REDIS_REST_URL).toBeUndefined();
  });

  function productionProblems(env: Record<string, string>): string[] {
    try {
      parseConfig({ APP_MODE: 'production', ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  }

  it('production requires both Upstash variables', () => {
    const problems = productionProblems({});
    expect(problems.some((p) => p.startsWith('UPSTASH_REDIS_REST_URL is required in production'))).toBe(true);
    expect(problems.some((p) => p.startsWith('UPSTASH_REDIS_REST_TOKEN is required in production'))).toBe(true);
    const configured = productionProblems(upstash);
    expect(configured.filter((p) => p.includes('UPSTASH'))).toEqual([]);
  });

  it('production refuses a loopback Upstash URL (the local REST bridge)', () => {
    const problems = productionProblems({ ...upstash, UPSTASH_REDIS_REST_URL: 'http://127.0.0.1:8079' });
    expect(problems.some((p) => p.startsWith('UPSTASH_REDIS_REST_URL points at a local server'))).toBe(true);
  });
});
