import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CustomersTable } from '@/components/customers/customers-table';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Customer accounts' };

/** A reseller's tenant admin manages its brand's customer accounts on the brand's own host. */
export default async function PortalCustomersPage() {
  await requirePageCtx('customers.write');
  return (
    <Suspense>
      <CustomersTable canWrite showBrand={false} detailHref="/customers/" />
    </Suspense>
  );
}
