import type { Metadata } from 'next';
import { TenantsTable } from '@/components/tenancy/tenants-table';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Tenants' };

export default async function TenantsPage() {
  await requirePageCtx('tenants.read');
  return <TenantsTable />;
}
