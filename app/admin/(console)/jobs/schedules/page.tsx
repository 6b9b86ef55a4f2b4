import type { Metadata } from 'next';
import { SchedulesTable } from '@/components/jobs/schedules-table';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Schedules' };

export default async function SchedulesPage() {
  await requirePageCtx('jobs.read');
  return <SchedulesTable />;
}
