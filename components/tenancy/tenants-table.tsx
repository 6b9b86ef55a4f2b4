'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, DataTable, useAutoRefresh, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import type { TenantRow } from '@/lib/tenancy/views';
import { tenantKeys, tenantUrls } from './api';
import { formatUtc, TenantStatusBadge } from './status-badges';
import { TenantFormDialog } from './tenant-form-dialog';

const col = createDataTableColumnHelper<TenantRow>();
const columns = col.columns([
  col.accessor('name', {
    header: 'Name',
    cell: ({ row }) => (
      <span className="flex items-center gap-2 font-medium">
        <span className="size-3 rounded-sm border border-border" style={{ backgroundColor: row.original.primaryColor }} aria-hidden />
        {row.original.name}
        {row.original.isRoot && <span className="text-xs font-normal text-muted-foreground">(root brand)</span>}
      </span>
    ),
  }),
  col.accessor('slug', { header: 'Slug', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <TenantStatusBadge status={getValue()} /> }),
  col.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
]);

export function TenantsTable() {
  const [creating, setCreating] = useState(false);
  const auto = useAutoRefresh();
  const list = useListQuery<TenantRow>({ queryKey: tenantKeys.all, endpoint: tenantUrls.list, defaults: { sort: 'name' }, filterKeys: ['status'], refetchInterval: auto.refetchInterval });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Tenants', href: '/tenants' }, { label: 'All tenants' }]}
        title="Tenants"
        description="The root brand and every white-label reseller."
        actions={[{ key: 'new-tenant', label: 'New tenant', onSelect: () => setCreating(true) }]}
      />
      <div className="p-6">
        <DataTable
          label="Tenants"
          columns={columns}
          list={list}
          getRowId={(t) => t.id}
          rowHref={(t) => `/tenants/${t.id}`}
          sortable={['name', 'slug', 'createdAt']}
          toolbar={{
            search: { placeholder: 'Search name or slug…', label: 'Search tenants' },
            filters: [{ key: 'status', label: 'Status', options: [{ value: 'active', label: 'Active' }, { value: 'suspended', label: 'Suspended' }] }],
            autoRefresh: auto,
            actions: (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-tenant">
                New tenant
              </Button>
            ),
          }}
          empty={{ title: 'No tenants yet', description: 'Create the first reseller to offer the platform under its brand.' }}
        />
      </div>
      <TenantFormDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
