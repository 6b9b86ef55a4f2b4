import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CustomersTable } from '@/components/customers/customers-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Customers' };

export default async function CustomersPage() {
  const ctx = await requirePageCtx('customers.read');
  return (
    <Suspense>
      <CustomersTable canWrite={can(ctx.actor.role, 'customers.write')} showBrand detailHref="/customers/" />
    </Suspense>
  );
}
