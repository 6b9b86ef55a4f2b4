'use client';

import { useMemo, useState } from 'react';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import type { CatalogKindKey } from '@/lib/catalog/schemas';
import type { AnyCatalogItemView } from '@/lib/catalog/views';
import { catalogKeys, catalogPages, catalogUrls } from './api';
import { CatalogFormDialog } from './catalog-form-dialog';
import { displayValue, fieldDef, kindUi } from './kinds';

type Row = AnyCatalogItemView & Record<string, unknown>;
const col = createDataTableColumnHelper<Row>();

function columnsOf(kind: CatalogKindKey) {
  const ui = kindUi[kind];
  return col.columns([
    col.accessor('name', { header: 'Name', cell: ({ getValue }) => <span className="font-medium">{String(getValue())}</span> }),
    ...ui.columns.map((name) =>
      col.display({
        id: name,
        header: fieldDef(kind, name)?.label ?? name,
        cell: ({ row }) => <span className="line-clamp-1 max-w-xs">{displayValue(kind, name, row.original[name])}</span>,
      }),
    ),
    col.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue() as string) }),
  ]);
}

/** One kind's list: keyset pages, search and sort in the URL, "New" opens the form. */
export function CatalogTable({ kind, aiConfigured, canWrite }: { kind: CatalogKindKey; aiConfigured: boolean; canWrite: boolean }) {
  const ui = kindUi[kind];
  const [creating, setCreating] = useState(false);
  const columns = useMemo(() => columnsOf(kind), [kind]);
  const list = useListQuery<Row>({ queryKey: catalogKeys.kind(kind), endpoint: catalogUrls.list(kind), defaults: { sort: 'name' }, filterKeys: ui.statusFilter ? ['status'] : [] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Voice catalogue', href: catalogPages.list('pops') }, { label: ui.title }]}
        title={ui.title}
        description={ui.description}
        actions={canWrite ? [{ key: 'new', label: `New ${ui.singular}`, onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6">
        <DataTable
          label={ui.title}
          columns={columns}
          list={list}
          getRowId={(r) => r.id}
          rowHref={(r) => catalogPages.item(kind, r.id)}
          sortable={['name', 'createdAt']}
          toolbar={{
            search: { placeholder: `${ui.searchLabel}…`, label: ui.searchLabel },
            filters: ui.statusFilter ? [{ key: 'status', label: 'Status', options: [...ui.statusFilter] }] : [],
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="catalog-new">
                New {ui.singular}
              </Button>
            ) : undefined,
          }}
          empty={{ title: `No ${ui.title.toLowerCase()} yet`, description: canWrite ? `Create the first ${ui.singular}.` : 'Nothing has been added yet.' }}
          data-testid="catalog-table"
        />
      </div>
      {canWrite && <CatalogFormDialog kind={kind} open={creating} onOpenChange={setCreating} aiConfigured={aiConfigured} />}
    </>
  );
}
