import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SyncStatusTable } from '@/components/sync/sync-status-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Sync Status' };

export default async function SyncStatusPage() {
  const ctx = await requirePageCtx('class4.read');
  return (
    <Suspense>
      <SyncStatusTable canWrite={can(ctx.actor.role, 'class4.write')} />
    </Suspense>
  );
}
