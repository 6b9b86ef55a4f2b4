import { pruneIntegrationCalls } from '@/lib/integrations/health';
import { pruneIntegrationCallsJob } from '@/lib/integrations/jobs';
import { bindJob } from './define';

const DAY_MS = 86_400_000;

export const pruneCalls = bindJob(pruneIntegrationCallsJob, async (payload) => ({ deleted: await pruneIntegrationCalls(new Date(Date.now() - payload.keepDays * DAY_MS)) }));
