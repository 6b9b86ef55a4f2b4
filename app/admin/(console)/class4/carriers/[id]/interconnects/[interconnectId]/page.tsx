import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { InterconnectDetail } from '@/components/class4/record-detail';
import { can } from '@/lib/auth/permissions';
import { getInterconnect } from '@/lib/class4';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Interconnect' };

export default async function InterconnectPage({ params }: { params: Promise<{ id: string; interconnectId: string }> }) {
  const ctx = await requirePageCtx('class4.read');
  const { id, interconnectId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id) || !/^[0-9a-f-]{36}$/i.test(interconnectId)) notFound();
  const ic = await loadOrNotFound(() => getInterconnect({ ctx, input: { id: interconnectId } }));
  if (ic.carrierId !== id) notFound();
  return (
    <Suspense>
      <InterconnectDetail carrierId={id} id={interconnectId} canWrite={can(ctx.actor.role, 'class4.write')} showAudit={can(ctx.actor.role, 'audit.read')} />
    </Suspense>
  );
}
