'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import type { RatePlanView } from '@/lib/rates/views';
import { ratesKeys, ratesPages, ratesUrls } from './api';
import { PlanFormDialog } from './rate-forms';
import { PlanKindBadge, roundingLabels } from './rates-ui';

const col = createDataTableColumnHelper<RatePlanView>();
const columns = col.columns([
  col.accessor('name', { header: 'Plan', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  col.accessor('kind', { header: 'Kind', cell: ({ getValue }) => <PlanKindBadge kind={getValue()} /> }),
  col.accessor('currency', { header: 'Currency' }),
  col.accessor('precision', { header: 'Precision', meta: { align: 'right' } }),
  col.accessor('rounding', { header: 'Rounding', cell: ({ getValue }) => roundingLabels[getValue()] }),
  col.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatUtc(getValue()), meta: { sortDescFirst: true } }),
]);

const currencyFilter = ['USD', 'EUR', 'GBP'].map((c) => ({ value: c, label: c }));

/** Rate plans of every brand: keyset pages, search by name, kind and currency filters in the URL. */
export function RatePlansTable({ canWrite }: { canWrite: boolean }) {
  const [creating, setCreating] = useState(false);
  const list = useListQuery<RatePlanView>({ queryKey: ratesKeys.plans, endpoint: ratesUrls.plans, defaults: { sort: 'name' }, filterKeys: ['kind', 'currency'] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Rates' }, { label: 'Rate plans' }]}
        title="Rate plans"
        description="Sell plans rate customers, buy plans rate suppliers. Each keeps its versions: a draft, the published one and the history."
        actions={canWrite ? [{ key: 'new-plan', label: 'New plan', onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6">
        <DataTable
          label="Rate plans"
          columns={columns}
          list={list}
          getRowId={(p) => p.id}
          rowHref={(p) => ratesPages.plan(p.id)}
          sortable={['name', 'createdAt']}
          toolbar={{
            search: { placeholder: 'Plan name…', label: 'Search rate plans' },
            filters: [
              {
                key: 'kind',
                label: 'Kind',
                options: [
                  { value: 'sell', label: 'Sell' },
                  { value: 'buy', label: 'Buy' },
                ],
              },
              { key: 'currency', label: 'Currency', options: currencyFilter },
            ],
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-rate-plan">
                New plan
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No rate plans yet', description: canWrite ? 'Create a sell plan for customers or a buy plan for a supplier.' : 'Rate plans appear here once staff create them.' }}
          data-testid="rate-plans-table"
        />
      </div>
      {canWrite && <PlanFormDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
