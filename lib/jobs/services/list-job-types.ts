import { jobRegistry } from '@/jobs/registry';
import { assertPermission, type Ctx } from '@/lib/context';

export type JobTypeInfo = { type: string; description: string; schedule: string | null; maxAttempts: number };

/** The registered job types (the Jobs page's type filter). */
export function listJobTypes({ ctx }: { ctx: Ctx }): JobTypeInfo[] {
  assertPermission(ctx, 'jobs.read');
  return [...jobRegistry.values()].map((d) => ({ type: d.type, description: d.description, schedule: d.schedule ?? null, maxAttempts: d.maxAttempts }));
}
