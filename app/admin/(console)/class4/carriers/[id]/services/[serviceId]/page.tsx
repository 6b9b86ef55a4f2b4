import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ServiceDetail } from '@/components/class4/record-detail';
import { can } from '@/lib/auth/permissions';
import { getService } from '@/lib/class4';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Service' };

export default async function ServicePage({ params }: { params: Promise<{ id: string; serviceId: string }> }) {
  const ctx = await requirePageCtx('class4.read');
  const { id, serviceId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id) || !/^[0-9a-f-]{36}$/i.test(serviceId)) notFound();
  const svc = await loadOrNotFound(() => getService({ ctx, input: { id: serviceId } }));
  if (svc.carrierId !== id) notFound();
  return (
    <Suspense>
      <ServiceDetail carrierId={id} id={serviceId} canWrite={can(ctx.actor.role, 'class4.write')} showAudit={can(ctx.actor.role, 'audit.read')} />
    </Suspense>
  );
}
