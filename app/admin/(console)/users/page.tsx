import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UsersTable } from '@/components/users/users-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { listTenants } from '@/lib/tenancy/services/list-tenants';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const ctx = await requirePageCtx('users.read');
  const tenants = can(ctx.actor.role, 'tenants.read') ? (await listTenants({ ctx, input: new URLSearchParams({ limit: '100' }) })).items : [];
  return (
    <Suspense>
      <UsersTable
        tenants={tenants.map((t) => ({ id: t.id, name: t.name, isRoot: t.isRoot }))}
        canWrite={can(ctx.actor.role, 'users.write')}
        isSuperAdmin={ctx.actor.role === 'super_admin'}
      />
    </Suspense>
  );
}
