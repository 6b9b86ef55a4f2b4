import { getRedis, sweepExpired } from '@/lib/redis';
import { redisSweepJob } from '@/lib/redis/jobs';
import { bindJob } from './define';

export const redisSweep = bindJob(redisSweepJob, async () => {
  if (getRedis().kind !== 'postgres') return { skipped: 'Upstash expires keys itself' };
  return { deleted: await sweepExpired() };
});
