'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { RefreshButton } from '@/components/data-table';
import { ActionDock, PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { TenantView } from '@/lib/tenancy/views';
import { tenantKeys, tenantUrls } from './api';
import { DomainAddDialog } from './domain-add-dialog';
import { DomainsTable } from './domains-table';
import { formatUtc, TenantStatusBadge } from './status-badges';
import { TenantFormDialog } from './tenant-form-dialog';

type Tenant = TenantView;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span className="size-4 rounded border border-border" style={{ backgroundColor: colour }} aria-hidden />
      <code className="text-xs">{colour}</code>
    </span>
  );
}

export function TenantDetail({ id, sandbox }: { id: string; sandbox: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: tenantKeys.detail(id), queryFn: () => apiFetch<Tenant>(tenantUrls.detail(id)) });
  const [editing, setEditing] = useState(false);
  const [addingDomain, setAddingDomain] = useState(false);
  const [confirmStatus, setConfirmStatus] = useState(false);
  const tenant = query.data;
  const nextStatus = tenant?.status === 'active' ? 'suspended' : 'active';
  const changeStatus = useMutation({
    mutationFn: () => apiFetch<Tenant>(tenantUrls.status(id), { method: 'POST', body: { status: nextStatus } }),
    onSuccess: async (t) => {
      await queryClient.invalidateQueries({ queryKey: tenantKeys.all });
      toast.success(t.status === 'active' ? 'Tenant reactivated' : 'Tenant suspended');
    },
  });

  const tabs: PageTab[] = [
    {
      key: 'branding',
      label: 'Branding',
      actions: tenant
        ? [
            { key: 'edit-branding', label: 'Edit branding', onSelect: () => setEditing(true) },
            ...(tenant.isRoot ? [] : [{ key: 'toggle-status', label: tenant.status === 'active' ? 'Suspend tenant' : 'Reactivate tenant', onSelect: () => setConfirmStatus(true), destructive: tenant.status === 'active' }]),
          ]
        : [],
    },
    { key: 'domains', label: 'Domains', actions: [{ key: 'add-domain', label: 'Add domain', onSelect: () => setAddingDomain(true) }] },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this tenant" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="tenant-error" />
      </div>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Tenants', href: '/tenants' }, { label: tenant?.name ?? '…' }]}
        title={tenant ? tenant.name : <Skeleton className="h-7 w-48" />}
        description={tenant ? <span className="inline-flex items-center gap-2">
          <code className="text-xs">{tenant.slug}</code> <TenantStatusBadge status={tenant.status} />
        </span> : undefined}
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />}
      />
      {activeTab === 'branding' && (
        <TabPanel tabKey="branding">
          {!tenant ? (
            <div className="space-y-3" aria-busy="true" aria-label="Loading tenant">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} className="h-6 w-full max-w-xl" />
              ))}
            </div>
          ) : (
            <dl className="max-w-2xl" data-testid="tenant-branding">
              <Field label="Brand name">{tenant.name}</Field>
              <Field label="Logo">
                {tenant.logoUrl ? (
                  <span className="inline-flex items-center gap-2">
                    {/* eslint-disable-next-line @next/next/no-img-element -- arbitrary tenant asset URL */}
                    <img src={tenant.logoUrl} alt={`${tenant.name} logo`} className="size-8 rounded" />
                    <code className="text-xs">{tenant.logoUrl}</code>
                  </span>
                ) : (
                  'Default DIDTron logo'
                )}
              </Field>
              <Field label="Favicon">{tenant.faviconUrl ?? '—'}</Field>
              <Field label="Primary colour">
                <Swatch colour={tenant.primaryColor} />
              </Field>
              <Field label="Accent colour">
                <Swatch colour={tenant.accentColor} />
              </Field>
              <Field label="Support email">{tenant.supportEmail ?? '—'}</Field>
              <Field label="Created">{formatUtc(tenant.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(tenant.updatedAt)}</Field>
            </dl>
          )}
        </TabPanel>
      )}
      {activeTab === 'domains' && (
        <TabPanel tabKey="domains">
          <DomainsTable tenantId={id} sandbox={sandbox} />
        </TabPanel>
      )}
      <ActionDock>
        {activeTab === 'branding' ? (
          <Button onClick={() => setEditing(true)} disabled={!tenant} data-testid="dock-edit-branding">
            Edit branding
          </Button>
        ) : (
          <Button onClick={() => setAddingDomain(true)} data-testid="dock-add-domain">
            Add domain
          </Button>
        )}
      </ActionDock>
      {tenant && <TenantFormDialog open={editing} onOpenChange={setEditing} tenant={tenant} />}
      <DomainAddDialog tenantId={id} open={addingDomain} onOpenChange={setAddingDomain} />
      {tenant && (
        <ConfirmDialog
          open={confirmStatus}
          onOpenChange={setConfirmStatus}
          title={nextStatus === 'suspended' ? `Suspend ${tenant.name}?` : `Reactivate ${tenant.name}?`}
          description={
            nextStatus === 'suspended'
              ? 'Its portal, sign-up and custom domains answer 404 until it is reactivated. Data is kept.'
              : 'Its portal, sign-up and verified domains start answering again.'
          }
          confirmLabel={nextStatus === 'suspended' ? 'Suspend tenant' : 'Reactivate tenant'}
          variant={nextStatus === 'suspended' ? 'destructive' : 'default'}
          data-testid="confirm-tenant-status"
          onConfirm={() => changeStatus.mutateAsync()}
        />
      )}
    </>
  );
}
