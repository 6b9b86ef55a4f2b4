import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CarriersTable } from '@/components/class4/carriers-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Carriers' };

export default async function CarriersPage() {
  const ctx = await requirePageCtx('class4.read');
  return (
    <Suspense>
      <CarriersTable canWrite={can(ctx.actor.role, 'class4.write')} />
    </Suspense>
  );
}
