import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { RoutingPlanDetail } from '@/components/routing/routing-plan-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getRoutingPlan } from '@/lib/routing';

export const metadata: Metadata = { title: 'Routing plan' };

export default async function RoutingPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('class4.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getRoutingPlan({ ctx, input: { id } }));
  return (
    <Suspense>
      <RoutingPlanDetail id={id} canWrite={can(ctx.actor.role, 'class4.write')} showAudit={can(ctx.actor.role, 'audit.read')} />
    </Suspense>
  );
}
