'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, FixedColumnTable, useListQuery } from '@/components/data-table';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import type { ApiKeyView } from '@/lib/api-keys/views';
import { apiKeyKeys, apiKeyUrls } from './api';
import { CreateApiKeyDialog } from './create-api-key-dialog';

function RevokeButton({ apiKey }: { apiKey: ApiKeyView }) {
  const queryClient = useQueryClient();
  if (apiKey.status !== 'active') return null;
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline" data-testid={`revoke-${apiKey.prefix}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${apiKey.name}”?`}
      description={`Requests with ${apiKey.prefix}_… are refused from now on. This cannot be undone.`}
      confirmLabel="Revoke key"
      variant="destructive"
      onConfirm={async () => {
        try {
          await apiFetch(apiKeyUrls.detail(apiKey.id), { method: 'DELETE' });
        } catch (error) {
          toast.error(error instanceof Error ? error.message : 'Revoking failed');
          throw error;
        }
        await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
        toast.success(`${apiKey.name} revoked`);
      }}
      data-testid="revoke-confirm"
    />
  );
}

const col = createDataTableColumnHelper<ApiKeyView>();
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code className="text-xs">{getValue()}</code> }),
  col.accessor('scopes', { header: 'Scopes', cell: ({ getValue }) => <span className="font-mono text-xs">{getValue().join(', ')}</span> }),
  col.accessor('allowedIps', { header: 'Allowed IPs', cell: ({ getValue }) => <span className="font-mono text-xs">{getValue().length ? getValue().join(', ') : 'Anywhere'}</span> }),
  col.accessor('rateLimitPerMinute', { header: 'Per minute', meta: { align: 'right' } }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <Badge variant={getValue() === 'active' ? 'default' : 'secondary'}>{getValue()}</Badge> }),
  col.accessor('expiresAt', { header: 'Expires', cell: ({ getValue }) => (getValue() ? formatUtc(getValue()) : 'Never') }),
  col.accessor('lastUsedAt', { header: 'Last used', cell: ({ getValue }) => (getValue() ? formatUtc(getValue()) : 'Never') }),
  col.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
  col.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => <RevokeButton apiKey={row.original} /> }),
]);

/** The viewer's API keys (every key of the brand for its admins), with creation and revocation. */
export function ApiKeysTable({ grantable }: { grantable: readonly string[] }) {
  const [creating, setCreating] = useState(false);
  const list = useListQuery<ApiKeyView>({ queryKey: apiKeyKeys.all, endpoint: apiKeyUrls.list, defaults: { sort: '-createdAt' }, filterKeys: [] });
  return (
    <>
      <FixedColumnTable
        label="API keys"
        columns={columns}
        list={list}
        getRowId={(k) => k.id}
        sortable={['name', 'createdAt']}
        toolbar={{
          search: { placeholder: 'Search name or prefix…', label: 'Search API keys' },
          actions: (
            <Button size="sm" onClick={() => setCreating(true)} data-testid="create-api-key">
              Create API key
            </Button>
          ),
        }}
        empty={{ title: 'No API keys yet', description: 'Create a key to call the REST API from your own systems.' }}
        data-testid="api-keys-table"
      />
      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} grantable={grantable} />
    </>
  );
}
