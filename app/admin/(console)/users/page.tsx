import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UsersTable } from '@/components/users/users-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { lookupTenants } from '@/lib/tenancy/services/lookup-tenants';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const ctx = await requirePageCtx('users.read');
  const canPickTenant = can(ctx.actor.role, 'tenants.read');
  // Only the root brand, the invite dialog's default; pickers search /api/admin/tenants/lookup.
  const root = canPickTenant ? ((await lookupTenants({ ctx, input: new URLSearchParams({ root: 'true' }) })).items[0] ?? null) : null;
  return (
    <Suspense>
      <UsersTable
        rootTenant={root && { id: root.id, name: root.name, isRoot: root.isRoot }}
        canPickTenant={canPickTenant}
        canWrite={can(ctx.actor.role, 'users.write')}
        isSuperAdmin={ctx.actor.role === 'super_admin'}
      />
    </Suspense>
  );
}
