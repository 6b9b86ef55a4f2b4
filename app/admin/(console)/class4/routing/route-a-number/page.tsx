import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RouteNumberTool } from '@/components/routing/route-number-tool';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Route a number' };

export default async function RouteANumberPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  await requirePageCtx('class4.read');
  const { plan } = await searchParams;
  const initial = typeof plan === 'string' && /^[0-9a-f-]{36}$/i.test(plan) ? plan : undefined;
  return (
    <Suspense>
      <RouteNumberTool initialPlanId={initial} />
    </Suspense>
  );
}
