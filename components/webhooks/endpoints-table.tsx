'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatUtc, webhookKeys, webhookUrls, WEBHOOKS_PATH, type EventTypeOption, type WebhookEndpoint } from './api';
import { CreateEndpointDialog } from './create-endpoint-dialog';

const col = createDataTableColumnHelper<WebhookEndpoint>();
const columns = col.columns([
  col.accessor('url', { header: 'URL', cell: ({ row }) => <span className="break-all font-mono text-xs">{row.original.url}</span> }),
  col.accessor('eventTypes', { header: 'Events', cell: ({ getValue }) => <span className="text-xs">{getValue().join(', ')}</span> }),
  col.accessor('enabled', {
    header: 'Status',
    cell: ({ row }) => (row.original.enabled ? <Badge variant="secondary">Enabled</Badge> : <Badge variant="destructive">Disabled</Badge>),
  }),
  col.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatUtc(getValue()) }),
]);

export function WebhookEndpointsTable({ canWrite, eventTypes }: { canWrite: boolean; eventTypes: EventTypeOption[] }) {
  const [creating, setCreating] = useState(false);
  const list = useListQuery<WebhookEndpoint>({ queryKey: webhookKeys.all, endpoint: webhookUrls.list, defaults: { sort: '-createdAt' }, filterKeys: [] });
  const addButton = (testId: string) =>
    canWrite ? (
      <Button size="sm" onClick={() => setCreating(true)} data-testid={testId}>
        Add endpoint
      </Button>
    ) : undefined;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Developers' }, { label: 'Webhooks' }]}
        title="Webhooks"
        description="Endpoints that receive signed events from this account (Standard Webhooks)."
        actions={canWrite ? [{ key: 'add-endpoint', label: 'Add endpoint', onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6" data-testid="webhooks-page">
        <DataTable
          label="Webhook endpoints"
          columns={columns}
          list={list}
          getRowId={(e) => e.id}
          rowHref={(e) => `${WEBHOOKS_PATH}/${e.id}`}
          sortable={['url', 'createdAt']}
          toolbar={{ search: { placeholder: 'URL or description…', label: 'Search endpoints' }, actions: addButton('webhooks-add') }}
          empty={{ title: 'No webhook endpoints yet', description: 'Add an endpoint to receive events such as user.created or api_key.created.', action: addButton('webhooks-empty-add') }}
        />
      </div>
      {canWrite ? <CreateEndpointDialog open={creating} onOpenChange={setCreating} eventTypes={eventTypes} /> : null}
    </>
  );
}
