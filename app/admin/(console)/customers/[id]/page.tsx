import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CustomerDetail } from '@/components/customers/customer-detail';
import { can } from '@/lib/auth/permissions';
import { getCustomerAccount } from '@/lib/customers';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Customer account' };

export default async function CustomerAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('customers.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getCustomerAccount({ ctx, input: { id } }));
  const role = ctx.actor.role;
  return (
    <Suspense>
      <CustomerDetail id={id} canWrite={can(role, 'customers.write')} canInvite={can(role, 'users.write')} showAudit={can(role, 'audit.read')} listHref="/customers" configurationHref={`/customers/${id}/configuration`} />
    </Suspense>
  );
}
