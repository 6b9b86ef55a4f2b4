import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CarrierDetail } from '@/components/class4/carrier-detail';
import { can } from '@/lib/auth/permissions';
import { getCarrier } from '@/lib/class4';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Carrier' };

export default async function CarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('class4.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getCarrier({ ctx, input: { id } }));
  return (
    <Suspense>
      <CarrierDetail id={id} canWrite={can(ctx.actor.role, 'class4.write')} showAudit={can(ctx.actor.role, 'audit.read')} />
    </Suspense>
  );
}
