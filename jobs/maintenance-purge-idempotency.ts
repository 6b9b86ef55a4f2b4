import { purgeExpiredIdempotency } from '@/lib/idempotency';
import { purgeIdempotencyJob } from '@/lib/idempotency/jobs';
import { bindJob } from './define';

export const purgeIdempotency = bindJob(purgeIdempotencyJob, async () => ({ deleted: await purgeExpiredIdempotency() }));
