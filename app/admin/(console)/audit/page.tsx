import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AuditLog } from '@/components/audit/audit-log';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { listTenants } from '@/lib/tenancy/services/list-tenants';

export const metadata: Metadata = { title: 'Audit Logs' };

export default async function AuditPage() {
  const ctx = await requirePageCtx('audit.read');
  const tenants = can(ctx.actor.role, 'tenants.read') ? (await listTenants({ ctx, input: new URLSearchParams({ limit: '100' }) })).items : [];
  return (
    <Suspense>
      <AuditLog tenants={tenants.map((t) => ({ id: t.id, name: t.name }))} />
    </Suspense>
  );
}
