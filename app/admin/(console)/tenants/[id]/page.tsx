import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TenantDetail } from '@/components/tenancy/tenant-detail';
import { config } from '@/lib/config';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getTenant } from '@/lib/tenancy/services/get-tenant';

export const metadata: Metadata = { title: 'Tenant' };

export default async function TenantPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('tenants.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getTenant({ ctx, input: { id } }));
  return <TenantDetail id={id} sandbox={config().isSandbox} />;
}
