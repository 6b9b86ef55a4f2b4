import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AlertsTable } from '@/components/monitoring/alerts-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage() {
  const ctx = await requirePageCtx('system.read');
  return (
    <Suspense>
      <AlertsTable canWrite={can(ctx.actor.role, 'system.write')} />
    </Suspense>
  );
}
