import type { Metadata } from 'next';
import { Suspense } from 'react';
import { GroupsPage } from '@/components/customers/hierarchy-pages';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Customer groups' };

export default async function CustomerGroupsPage() {
  const ctx = await requirePageCtx('customers.read');
  return (
    <Suspense>
      <GroupsPage canWrite={can(ctx.actor.role, 'customers.write')} />
    </Suspense>
  );
}
