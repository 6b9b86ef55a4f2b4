import { demoPoisonJob } from '@/lib/jobs/jobs';
import { bindJob } from './define';

/** Always throws: shows how failures, retries and their errors look (Jobs page, poison test). */
export const demoPoison = bindJob(demoPoisonJob, async (payload, ctx) => {
  await ctx.progress(0, 1, 'About to fail');
  throw new Error(`Poison job (attempt ${ctx.attempt}): ${payload.message}`);
});
