'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { createDataTableColumnHelper, DataTable, type DataTableProps } from '@/components/data-table';
import { AuditEventSheet } from './audit-event-sheet';
import type { AuditRow } from '@/lib/audit/views';
import { formatUtcSeconds } from './format';

const col = createDataTableColumnHelper<AuditRow>();
const columns = col.columns([
  col.accessor('occurredAt', { header: 'When (UTC)', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtcSeconds(getValue()).replace(' UTC', '') }),
  col.accessor('action', { header: 'Action', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('entity', {
    header: 'Entity',
    cell: ({ row }) => (
      <span>
        {row.original.entity} <code className="text-xs text-muted-foreground">{row.original.entityId.length > 20 ? `${row.original.entityId.slice(0, 8)}…` : row.original.entityId}</code>
      </span>
    ),
  }),
  col.accessor('actorEmail', {
    header: 'Actor',
    cell: ({ row }) => {
      const e = row.original;
      return (
        <span>
          {e.actorEmail ?? (e.actorId ? `${e.actorId.slice(0, 8)}…` : 'system')} <span className="text-muted-foreground">({e.actorRole.replace('_', ' ')})</span>
          {e.impersonatorId && <span className="block text-xs text-muted-foreground">impersonated by {e.impersonatorEmail ?? `${e.impersonatorId.slice(0, 8)}…`}</span>}
        </span>
      );
    },
  }),
  col.accessor('tenantName', { header: 'Tenant' }),
]);

/**
 * Audit events, newest first; a row opens the event in a side sheet. The open event lives in the
 * URL (?event=<id>) so that it can be linked and survives a reload.
 */
export function AuditEventsTable({ list, label, toolbar, empty, 'data-testid': testId }: Pick<DataTableProps<AuditRow>, 'list' | 'label' | 'toolbar' | 'empty' | 'data-testid'>) {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const href = (eventId: string | null) => {
    const next = new URLSearchParams(params);
    if (eventId) next.set('event', eventId);
    else next.delete('event');
    const qs = next.toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };
  return (
    <>
      <DataTable label={label} columns={columns} list={list} getRowId={(e) => e.id} rowHref={(e) => href(e.id)} sortable={['occurredAt']} toolbar={toolbar} empty={empty} data-testid={testId} />
      <AuditEventSheet id={params.get('event')} onClose={() => router.replace(href(null), { scroll: false })} />
    </>
  );
}
