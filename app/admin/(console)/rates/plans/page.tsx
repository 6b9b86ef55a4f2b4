import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RatePlansTable } from '@/components/rates/rate-plans-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Rate plans' };

export default async function RatePlansPage() {
  const ctx = await requirePageCtx('rates.read');
  return (
    <Suspense>
      <RatePlansTable canWrite={can(ctx.actor.role, 'rates.write')} />
    </Suspense>
  );
}
