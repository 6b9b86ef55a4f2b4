import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { jobMeta } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, escapeLike, paginate, parseListQuery, type Page } from '@/lib/pagination';
import { jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';
import { jobTypes } from '../catalog';
import { jobStatuses, type JobListItem } from '../types';
import { jobMetaJoin, jobRowColumns, toJobItem, type JobRow } from './job-views';

/** Newest first by id (ids grow with creation and, unlike DataQueue's created_at, are NOT NULL). */
export const jobListSpec = defineListSpec<'id', 'type' | 'status'>({
  sortable: { id: jobQueue.id },
  defaultSort: '-id',
  filters: {
    type: { column: jobQueue.jobType, values: jobTypes },
    status: { column: jobQueue.status, values: jobStatuses },
  },
});

const tagSchema = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[\w.:-]+$/, 'letters, digits and . _ : - only');

/**
 * The jobs list for platform staff: filters `type`, `status` and `tag`, `q` matches a job id
 * exactly or the type as text. Running jobs carry their live progress.
 */
export async function listJobs({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<Page<JobListItem>> {
  assertPermission(ctx, 'jobs.read');
  const query = parseListQuery(input, jobListSpec);
  const conditions: SQL[] = [];
  const rawTag = input.get('tag');
  if (rawTag) {
    const tag = tagSchema.safeParse(rawTag);
    if (!tag.success) throw new ValidationError([{ path: 'tag', message: tag.error.issues[0]?.message ?? 'invalid tag' }]);
    conditions.push(sql`${jobQueue.tags} @> array[${tag.data}::text]`);
  }
  if (query.q) {
    const typeMatch = ilike(jobQueue.jobType, `%${escapeLike(query.q)}%`);
    const id = /^#?(\d{1,9})$/.exec(query.q)?.[1];
    conditions.push(id ? or(eq(jobQueue.id, Number(id)), typeMatch)! : typeMatch);
  }
  const page = await paginate(query, { id: jobQueue.id }, (k) =>
    infraDb()
      .select({ ...jobRowColumns, ...k.select })
      .from(jobQueue)
      .leftJoin(jobMeta, jobMetaJoin)
      .where(and(...conditions, k.where))
      .orderBy(...k.orderBy)
      .limit(k.limit),
  );
  return { items: await Promise.all(page.items.map((row) => toJobItem(row as JobRow))), pageInfo: page.pageInfo };
}
