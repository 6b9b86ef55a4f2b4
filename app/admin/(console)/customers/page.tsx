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
      {/* Platform staff create accounts in any brand: the brand picker searches the tenant lookup. */}
      <CustomersTable canWrite={can(ctx.actor.role, 'customers.write')} showBrand pickBrand={can(ctx.actor.role, 'tenants.read')} detailHref="/customers/" />
    </Suspense>
  );
}
