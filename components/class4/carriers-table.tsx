'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, FixedColumnTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import type { CarrierView } from '@/lib/class4/views';
import { class4Keys, class4Pages, class4Urls } from './api';
import { CarrierFormDialog } from './class4-forms';
import { CarrierTypeBadge, formatMinor, StatusBadge } from './class4-ui';

type CarrierRow = CarrierView & { interconnectCount: number; serviceCount: number };
const col = createDataTableColumnHelper<CarrierRow>();
const columns = col.columns([
  col.accessor('name', { header: 'Carrier', cell: ({ row }) => <span className="font-medium">{row.original.name}</span> }),
  col.accessor('code', { header: 'Code', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('type', { header: 'Type', cell: ({ getValue }) => <CarrierTypeBadge type={getValue()} /> }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  col.accessor('currencies', { header: 'Currencies', cell: ({ getValue }) => getValue().join(', ') }),
  col.accessor('creditLimitMinor', { header: 'Credit limit', cell: ({ row }) => (row.original.creditLimitMinor === null ? 'Prepaid' : formatMinor(row.original.creditLimitMinor, row.original.primaryCurrency)) }),
  col.accessor('exposureLimitMinor', { header: 'Exposure limit', cell: ({ row }) => formatMinor(row.original.exposureLimitMinor, row.original.primaryCurrency) }),
  col.accessor('maxChannels', { header: 'Channels', cell: ({ getValue }) => getValue() ?? 'Unlimited' }),
  col.accessor('maxCps', { header: 'CPS', cell: ({ getValue }) => getValue() ?? 'Unlimited' }),
  col.accessor('interconnectCount', { header: 'Interconnects' }),
  col.accessor('serviceCount', { header: 'Services' }),
]);

/** Class 4 carriers, every brand's (the wide list: FixedColumnTable, the name column stays put). */
export function CarriersTable({ canWrite }: { canWrite: boolean }) {
  const [creating, setCreating] = useState(false);
  const list = useListQuery<CarrierRow>({ queryKey: class4Keys.carriers, endpoint: class4Urls.carriers, defaults: { sort: 'name' }, filterKeys: ['type', 'status'] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Carriers' }]}
        title="Carriers"
        description="Customers, suppliers and bilateral partners: their interconnects, services, balances and exposure."
        actions={canWrite ? [{ key: 'new-carrier', label: 'New carrier', onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6">
        <FixedColumnTable
          label="Carriers"
          columns={columns}
          list={list}
          getRowId={(c) => c.id}
          rowHref={(c) => class4Pages.carrier(c.id)}
          sortable={['name', 'code']}
          toolbar={{
            search: { placeholder: 'Name or code…', label: 'Search carriers' },
            filters: [
              { key: 'type', label: 'Type', options: [ { value: 'customer', label: 'Customer' }, { value: 'supplier', label: 'Supplier' }, { value: 'bilateral', label: 'Bilateral' } ] },
              { key: 'status', label: 'Status', options: [ { value: 'active', label: 'Active' }, { value: 'suspended', label: 'Suspended' } ] },
            ],
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-carrier">
                New carrier
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No carriers yet', description: canWrite ? 'Create the first carrier: a customer, a supplier or a bilateral partner.' : 'Carriers appear here once staff create them.' }}
          data-testid="carriers-table"
        />
      </div>
      {canWrite && <CarrierFormDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
