import type { Metadata } from 'next';
import { Suspense } from 'react';
import { JobsTable } from '@/components/jobs/jobs-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { listJobTypes } from '@/lib/jobs/services/list-job-types';

export const metadata: Metadata = { title: 'Jobs' };

export default async function JobsPage() {
  const ctx = await requirePageCtx('jobs.read');
  const types = listJobTypes({ ctx }).map((t) => t.type);
  return (
    <Suspense>
      <JobsTable jobTypes={types} canWrite={can(ctx.actor.role, 'jobs.write')} />
    </Suspense>
  );
}
