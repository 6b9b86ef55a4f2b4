import { z } from 'zod';
import { getRedis, sweepExpired } from '@/lib/redis';
import { defineJob } from './define';

/** Deletes expired keys of the Postgres-backed Redis port (Upstash expires its own). */
export const redisSweep = defineJob({
  type: 'maintenance.redis-sweep',
  description: 'Deletes expired keys of the Postgres-backed Redis port.',
  payload: z.object({}),
  schedule: '*/5 * * * *',
  maxAttempts: 1,
  timeoutMs: 120_000,
  tags: ['maintenance'],
  handler: async () => {
    if (getRedis().kind !== 'postgres') return { skipped: 'Upstash expires keys itself' };
    return { deleted: await sweepExpired() };
  },
});
