import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CustomerDetail } from '@/components/customers/customer-detail';
import { getCustomerAccount } from '@/lib/customers';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Customer account' };

export default async function PortalCustomerAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('customers.write');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getCustomerAccount({ ctx, input: { id } }));
  return (
    <Suspense>
      <CustomerDetail id={id} canWrite canInvite showAudit={false} listHref="/customers" />
    </Suspense>
  );
}
