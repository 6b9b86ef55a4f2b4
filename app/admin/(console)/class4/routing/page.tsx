import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RoutingPlansTable } from '@/components/routing/routing-plans-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Routing plans' };

export default async function RoutingPlansPage() {
  const ctx = await requirePageCtx('class4.read');
  return (
    <Suspense>
      <RoutingPlansTable canWrite={can(ctx.actor.role, 'class4.write')} />
    </Suspense>
  );
}
