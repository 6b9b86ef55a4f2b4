'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import type { CustomerAccountView } from '@/lib/customers/views';
import { customerKeys, customerUrls } from './api';
import { CustomerStatusBadge } from './customer-badges';
import { CustomerFormDialog } from './customer-form-dialog';

const col = createDataTableColumnHelper<CustomerAccountView>();

/**
 * Customer accounts: every brand's in the admin console, the brand's own on a reseller's customer
 * portal (the API scopes the rows; `showBrand` only adds the column).
 */
export function CustomersTable({ canWrite, showBrand, pickBrand = false, detailHref }: { canWrite: boolean; showBrand: boolean; pickBrand?: boolean; detailHref?: string }) {
  const [creating, setCreating] = useState(false);
  const list = useListQuery<CustomerAccountView>({ queryKey: customerKeys.all, endpoint: customerUrls.list, defaults: { sort: '-createdAt' }, filterKeys: ['status'] });
  const columns = col.columns([
    col.accessor('company', {
      header: 'Company',
      cell: ({ row }) => (
        <span className="flex flex-col">
          <span className="font-medium">{row.original.company}</span>
          <span className="text-xs text-muted-foreground">{row.original.billingEmail}</span>
        </span>
      ),
    }),
    col.accessor('accountNumber', { header: 'Account', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
    ...(showBrand ? [col.accessor('tenantName', { header: 'Brand' })] : []),
    col.accessor('categoryName', { header: 'Category', cell: ({ row }) => `${row.original.categoryName}${row.original.groupName ? ` · ${row.original.groupName}` : ''}` }),
    col.accessor('billingModel', { header: 'Billing', cell: ({ row }) => `${row.original.billingModel === 'postpaid' ? 'Postpaid' : 'Prepaid'} · ${row.original.billingCurrency}` }),
    col.accessor('status', { header: 'Status', cell: ({ getValue }) => <CustomerStatusBadge status={getValue()} /> }),
    col.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
  ]);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Customers', href: '/customers' }, { label: 'Accounts' }]}
        title="Customer accounts"
        description="The companies and people that buy and are billed: their billing details, category, group and status."
        actions={canWrite ? [{ key: 'new-customer', label: 'New customer account', onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6">
        <DataTable
          label="Customer accounts"
          columns={columns}
          list={list}
          getRowId={(c) => c.id}
          rowHref={detailHref ? (c) => `${detailHref}${c.id}` : undefined}
          sortable={['company', 'accountNumber', 'createdAt']}
          toolbar={{
            search: { placeholder: 'Company, email, account number or id…', label: 'Search customer accounts' },
            filters: [
              {
                key: 'status',
                label: 'Status',
                options: [
                  { value: 'active', label: 'Active' },
                  { value: 'suspended', label: 'Suspended' },
                  { value: 'closed', label: 'Closed' },
                ],
              },
            ],
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-customer">
                New customer account
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No customer accounts yet', description: canWrite ? 'Create the first account, or let customers sign up.' : 'Accounts appear here when customers sign up.' }}
        />
      </div>
      {canWrite && <CustomerFormDialog open={creating} onOpenChange={setCreating} detailHref={detailHref} pickBrand={pickBrand} />}
    </>
  );
}
