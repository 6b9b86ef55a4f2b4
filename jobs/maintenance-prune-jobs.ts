import { pruneJobsJob } from '@/lib/jobs/jobs';
import { pruneFinishedJobs } from '@/lib/jobs/queue';
import { bindJob } from './define';

const DAY_MS = 86_400_000;

export const pruneJobs = bindJob(pruneJobsJob, async (payload) => ({ deleted: await pruneFinishedJobs(new Date(Date.now() - payload.keepDays * DAY_MS)) }));
