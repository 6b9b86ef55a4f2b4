import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { RatePlanDetail } from '@/components/rates/rate-plan-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getRatePlan } from '@/lib/rates';

export const metadata: Metadata = { title: 'Rate plan' };

export default async function RatePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('rates.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getRatePlan({ ctx, input: { id } }));
  return (
    <Suspense>
      <RatePlanDetail id={id} canWrite={can(ctx.actor.role, 'rates.write')} />
    </Suspense>
  );
}
