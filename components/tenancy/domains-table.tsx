'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { createContext, useContext, useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, FixedColumnTable, useListQuery } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import type { DomainRow, DomainVerifyResult } from '@/lib/tenancy/views';
import { domainKeys, tenantUrls } from './api';
import { DomainStatusBadge, formatUtc } from './status-badges';


/** Sandbox mode: rows offer to publish their TXT record on the local fake DNS server. */
const SandboxDnsContext = createContext(false);

function DomainActions({ row }: { row: DomainRow }) {
  const queryClient = useQueryClient();
  const sandbox = useContext(SandboxDnsContext);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: domainKeys.all });
  const verify = useMutation({
    mutationFn: () => apiFetch<DomainVerifyResult>(tenantUrls.verifyDomain(row.tenantId, row.id), { method: 'POST' }),
    onSuccess: async (r) => {
      await refresh();
      if (r.verification.ok) toast.success(`${row.domain} verified`);
      else toast.error(`${row.domain} not verified`, { description: r.verification.message });
    },
    onError: (e) => toast.error(e.message),
  });
  const publish = useMutation({
    mutationFn: () => apiFetch<{ name: string; value: string }>(tenantUrls.sandboxDnsRecord(row.tenantId, row.id), { method: 'POST' }),
    onSuccess: (r) => toast.success(`TXT record published on the sandbox DNS server`, { description: `${r.name} = ${r.value}. Verify the domain now.` }),
    onError: (e) => toast.error(e.message),
  });
  return (
    <div className="flex justify-end gap-2">
      {sandbox && row.status !== 'verified' && (
        <Button
          size="sm"
          variant="outline"
          onClick={() => publish.mutate()}
          disabled={publish.isPending}
          title="Sandbox only: publishes this TXT record on the local fake DNS server, as the customer would at their DNS provider"
          data-testid={`publish-txt-${row.domain}`}
        >
          {publish.isPending ? 'Publishing…' : 'Publish TXT (sandbox)'}
        </Button>
      )}
      {row.status !== 'verified' && (
        <Button size="sm" variant="outline" onClick={() => verify.mutate()} disabled={verify.isPending} data-testid={`verify-${row.domain}`}>
          {verify.isPending ? 'Verifying…' : 'Verify'}
        </Button>
      )}
      <Button size="sm" variant="ghost" className="text-destructive" onClick={() => setConfirming(true)} data-testid={`remove-${row.domain}`}>
        Remove
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Remove ${row.domain}?`}
        description={`${row.tenantName}'s portal stops answering on this domain immediately. This cannot be undone.`}
        confirmLabel="Remove domain"
        data-testid="confirm-remove-domain"
        onConfirm={async () => {
          await apiFetch(tenantUrls.domain(row.tenantId, row.id), { method: 'DELETE' });
          await refresh();
          toast.success(`${row.domain} removed`);
        }}
      />
    </div>
  );
}

const col = createDataTableColumnHelper<DomainRow>();
const allColumns = col.columns([
  col.accessor('domain', { header: 'Domain', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  col.accessor('tenantName', {
    id: 'tenant',
    header: 'Tenant',
    meta: { interactive: true },
    cell: ({ row }) => (
      <Link href={`/tenants/${row.original.tenantId}`} className="text-primary hover:underline" data-testid={`domain-tenant-${row.original.id}`}>
        {row.original.tenantName}
      </Link>
    ),
  }),
  col.accessor('status', { header: 'Status', cell: ({ getValue }) => <DomainStatusBadge status={getValue()} /> }),
  col.accessor('verificationToken', {
    header: 'TXT record (_didtron.<domain>)',
    cell: ({ getValue }) => <code className="whitespace-nowrap text-xs">{getValue()}</code>,
  }),
  col.accessor('verifiedAt', { header: 'Verified', cell: ({ getValue }) => formatUtc(getValue()) }),
  col.accessor('createdAt', { header: 'Added', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
  col.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, meta: { interactive: true, align: 'right' }, cell: ({ row }) => <DomainActions row={row.original} /> }),
]);
const perTenantColumns = allColumns.filter((c) => c.id !== 'tenant');

/**
 * Custom domains: across all tenants, or (with tenantId) of one tenant inside its detail page. In
 * sandbox mode each unverified row can publish its TXT record on the fake DNS server.
 */
export function DomainsTable({ tenantId, sandbox = false }: { tenantId?: string; sandbox?: boolean }) {
  const list = useListQuery<DomainRow>({
    queryKey: domainKeys.list(tenantId),
    endpoint: tenantUrls.allDomains(tenantId),
    defaults: { sort: 'domain' },
    filterKeys: ['status'],
    paramPrefix: tenantId ? 'd' : undefined,
  });
  return (
    <SandboxDnsContext value={sandbox}>
      <FixedColumnTable
        label="Custom domains"
        columns={tenantId ? perTenantColumns : allColumns}
        list={list}
        getRowId={(d) => d.id}
        sortable={['domain', 'status', 'createdAt']}
        toolbar={{
          search: { placeholder: 'Search domains…', label: 'Search domains' },
          filters: [
            {
              key: 'status',
              label: 'Status',
              options: [
                { value: 'pending', label: 'Pending' },
                { value: 'verified', label: 'Verified' },
                { value: 'failed', label: 'Failed' },
              ],
            },
          ],
        }}
        empty={{ title: 'No custom domains', description: tenantId ? 'Add a domain so this reseller’s customers reach its portal at its own address.' : 'Resellers’ domains appear here once added.' }}
      />
    </SandboxDnsContext>
  );
}
