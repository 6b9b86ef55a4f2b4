import { assertPermission, type Ctx } from '@/lib/context';
import { jobCatalog } from '../catalog';

export type JobTypeInfo = { type: string; description: string; schedule: string | null; maxAttempts: number };

/** The job types of the catalog (the Jobs page's type filter). */
export function listJobTypes({ ctx }: { ctx: Ctx }): JobTypeInfo[] {
  assertPermission(ctx, 'jobs.read');
  return [...jobCatalog.values()].map((d) => ({ type: d.type, description: d.description, schedule: d.schedule ?? null, maxAttempts: d.maxAttempts }));
}
