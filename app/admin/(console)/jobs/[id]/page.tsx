import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { JobDetail } from '@/components/jobs/job-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Job' };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('jobs.read');
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  return (
    <Suspense>
      <JobDetail id={Number(id)} canWrite={can(ctx.actor.role, 'jobs.write')} />
    </Suspense>
  );
}
