import { z } from 'zod';
import { defineJob } from './define';

/** Always throws: shows how failures, retries and their errors look (Jobs page, poison test). */
export const demoPoison = defineJob({
  type: 'demo.poison',
  description: 'Demo: always fails, to show retries with backoff and the error history.',
  payload: z.object({ message: z.string().max(500).default('this job always fails') }),
  maxAttempts: 3,
  retryBackoffMs: 500,
  tags: ['demo'],
  handler: async (payload, ctx) => {
    await ctx.progress(0, 1, 'About to fail');
    throw new Error(`Poison job (attempt ${ctx.attempt}): ${payload.message}`);
  },
});
