import type { Metadata } from 'next';
import { CategoriesPage } from '@/components/customers/hierarchy-pages';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Customer categories' };

export default async function CustomerCategoriesPage() {
  const ctx = await requirePageCtx('customers.read');
  return <CategoriesPage canWrite={can(ctx.actor.role, 'customers.write')} />;
}
