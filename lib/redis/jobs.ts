import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** Deletes expired keys of the Postgres-backed Redis port (Upstash expires its own). Handler: jobs/maintenance-redis-sweep.ts. */
export const redisSweepJob = defineJobSpec({
  type: 'maintenance.redis-sweep',
  description: 'Deletes expired keys of the Postgres-backed Redis port.',
  payload: z.object({}),
  schedule: '*/5 * * * *',
  maxAttempts: 1,
  timeoutMs: 120_000,
  tags: ['maintenance'],
});
