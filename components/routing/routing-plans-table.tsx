'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createDataTableColumnHelper, FixedColumnTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { RoutingPlanView } from '@/lib/routing/views';
import { routingKeys, routingPages, routingUrls } from './api';
import { RoutingPlanFormDialog } from './routing-forms';

type PlanRow = RoutingPlanView & { entryCount: number };
const col = createDataTableColumnHelper<PlanRow>();
const columns = col.columns([
  col.accessor('name', { header: 'Routing plan', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <PlanStatusBadge status={getValue()} /> }),
  col.accessor('marginFloor', { header: 'Margin floor / min', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('entryCount', { header: 'Entries' }),
  col.accessor('description', { header: 'Description', cell: ({ getValue }) => getValue() || '—' }),
]);

export function PlanStatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'active' ? 'success' : 'outline'}>{status === 'active' ? 'Active' : 'Draft'}</Badge>;
}

/** Routing plans, every brand's. */
export function RoutingPlansTable({ canWrite }: { canWrite: boolean }) {
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const list = useListQuery<PlanRow>({ queryKey: routingKeys.plans, endpoint: routingUrls.plans, defaults: { sort: 'name' }, filterKeys: ['status'] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Routing plans' }]}
        title="Routing plans"
        description="Prefixes routed to suppliers ordered, weighted or by least cost, with a margin floor."
        actions={[...(canWrite ? [{ key: 'new-plan', label: 'New routing plan', onSelect: () => setCreating(true) }] : []), { key: 'tool', label: 'Route a number', onSelect: () => router.push(routingPages.tool) }]}
      />
      <div className="p-6">
        <FixedColumnTable
          label="Routing plans"
          columns={columns}
          list={list}
          getRowId={(p) => p.id}
          rowHref={(p) => routingPages.plan(p.id)}
          sortable={['name']}
          toolbar={{
            search: { placeholder: 'Plan name…', label: 'Search routing plans' },
            filters: [{ key: 'status', label: 'Status', options: [ { value: 'draft', label: 'Draft' }, { value: 'active', label: 'Active' } ] }],
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-routing-plan">
                New routing plan
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No routing plans yet', description: canWrite ? 'Create a plan, then add an entry per prefix.' : 'Routing plans appear here once staff create them.' }}
          data-testid="routing-plans-table"
        />
      </div>
      {canWrite && <RoutingPlanFormDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
