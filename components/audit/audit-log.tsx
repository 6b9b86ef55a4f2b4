'use client';

import { useAutoRefresh, useListQuery, type ListController } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { AuditEventsTable } from './audit-events-table';
import { AuditFilterBar } from './audit-filter-bar';
import type { AuditRow } from '@/lib/audit/views';
import { auditKeys, auditUrls } from './api';

/** The Audit Logs page: every staff write (and impersonated action), filterable, newest first. */
export function AuditLog({ tenants }: { tenants: Array<{ id: string; name: string }> }) {
  const auto = useAutoRefresh();
  const list = useListQuery<AuditRow>({
    queryKey: auditKeys.all,
    endpoint: auditUrls.list,
    defaults: { sort: '-occurredAt' },
    filterKeys: ['tenant', 'entity', 'action', 'actor', 'user', 'from', 'to'],
    refetchInterval: auto.refetchInterval,
  });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Audit Logs', href: '/audit' }, { label: 'Events' }]}
        title="Audit Logs"
        description="Who changed what and when (UTC), with the data before and after. Actions taken while impersonating name both people."
      />
      <div className="space-y-4 p-6">
        <AuditFilterBar list={list as ListController<unknown>} />
        <AuditEventsTable
          label="Audit events"
          list={list}
          toolbar={{
            search: { placeholder: 'Search entity id…', label: 'Search entity id' },
            filters: tenants.length > 1 ? [{ key: 'tenant', label: 'Tenant', options: tenants.map((t) => ({ value: t.id, label: t.name })) }] : [],
            autoRefresh: auto,
          }}
          empty={{ title: 'No audit events yet', description: 'Changes made by staff appear here as they happen.' }}
          data-testid="audit-table"
        />
      </div>
    </>
  );
}
