import type { Metadata } from 'next';
import { DomainsPage } from '@/components/tenancy/domains-page';
import { config } from '@/lib/config';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Custom Domains' };

export default async function CustomDomainsPage() {
  await requirePageCtx('tenants.read');
  return <DomainsPage sandbox={config().isSandbox} />;
}
