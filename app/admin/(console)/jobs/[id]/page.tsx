import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { JobDetail } from '@/components/jobs/job-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getJob } from '@/lib/jobs/services/get-job';

export const metadata: Metadata = { title: 'Job' };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('jobs.read');
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  // An unknown job is a 404 from the server, not a client query that fails after the page answered 200.
  await loadOrNotFound(() => getJob({ ctx, input: { id } }));
  return (
    <Suspense>
      <JobDetail id={Number(id)} canWrite={can(ctx.actor.role, 'jobs.write')} />
    </Suspense>
  );
}
