'use client';

import { PageHeader } from '@/components/shell/page-header';
import { DomainsTable } from './domains-table';

export function DomainsPage({ sandbox }: { sandbox: boolean }) {
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Tenants', href: '/tenants' }, { label: 'Custom Domains' }]}
        title="Custom Domains"
        description="Every reseller domain with its verification state. Add domains from the tenant’s Domains tab."
      />
      <div className="p-6">
        <DomainsTable sandbox={sandbox} />
      </div>
    </>
  );
}
