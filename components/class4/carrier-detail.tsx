'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, FixedColumnTable, RefreshButton, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { CarrierDetailView, InterconnectView, ServiceView } from '@/lib/class4/views';
import { class4Keys, class4Pages, class4Urls } from './api';
import { CarrierFormDialog, ContactsFormDialog, InterconnectFormDialog, LinkUsersDialog, ServiceFormDialog } from './class4-forms';
import { AuditTab, CarrierTypeBadge, DirectionBadge, Field, formatMinor, StatusBadge } from './class4-ui';

const icCol = createDataTableColumnHelper<InterconnectView>();
const interconnectColumns = icCol.columns([
  icCol.accessor('name', { header: 'Interconnect', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  icCol.accessor('direction', { header: 'Direction', cell: ({ getValue }) => <DirectionBadge direction={getValue()} /> }),
  icCol.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  icCol.accessor('popName', { header: 'POP', cell: ({ getValue }) => getValue() ?? '—' }),
  icCol.accessor('addresses', { header: 'Addresses', cell: ({ getValue }) => <code className="text-xs">{getValue().join(', ') || '—'}</code> }),
  icCol.accessor('techPrefix', { header: 'Tech prefix', cell: ({ getValue }) => getValue() || '—' }),
  icCol.accessor('maxCps', { header: 'Max CPS', cell: ({ getValue }) => getValue() ?? '—' }),
  icCol.accessor('maxChannels', { header: 'Channels', cell: ({ getValue }) => getValue() ?? '—' }),
  icCol.accessor('codecs', { header: 'Codecs', cell: ({ getValue }) => getValue().map((c) => (c.mode === 'relay' ? `${c.codec} (relay)` : c.codec)).join(', ') || '—' }),
  icCol.accessor('serviceCount', { header: 'Services' }),
]);

const svcCol = createDataTableColumnHelper<ServiceView>();
const serviceColumns = svcCol.columns([
  svcCol.accessor('name', { header: 'Service', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  svcCol.accessor('interconnectName', { header: 'Interconnect' }),
  svcCol.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  svcCol.accessor('routingMethod', { header: 'Routing', cell: ({ row }) => (row.original.routingMethod === 'interconnect' ? `→ ${row.original.routeInterconnectName ?? 'interconnect'}` : 'Routing plan') }),
  svcCol.accessor('ratePlanCurrency', { header: 'Rating', cell: ({ row }) => (row.original.customerRatePlanId ? `Plan (${row.original.ratePlanCurrency})` : 'Not rated') }),
  svcCol.accessor('timeClass', { header: 'Time class' }),
  svcCol.accessor('destinationPrefixes', { header: 'Destinations', cell: ({ getValue }) => getValue().join(', ') || 'Any' }),
  svcCol.accessor('maxChannels', { header: 'Channels', cell: ({ getValue }) => getValue() ?? '—' }),
]);

/** One carrier: Overview, Contacts, Interconnects, Services, Balances/Exposure, Audit; actions per tab. */
export function CarrierDetail({ id, canWrite, showAudit, portal = 'admin' }: { id: string; canWrite: boolean; showAudit: boolean; portal?: 'admin' | 'carrier' }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: class4Keys.carrier(id), queryFn: () => apiFetch<CarrierDetailView>(class4Urls.carrier(id)) });
  const carrier = query.data;
  const [editing, setEditing] = useState(false);
  const [editingContacts, setEditingContacts] = useState(false);
  const [linking, setLinking] = useState(false);
  const [newIc, setNewIc] = useState(false);
  const [newSvc, setNewSvc] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => apiFetch(class4Urls.carrier(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: class4Keys.carriers });
      toast.success('Carrier deleted');
      router.push(class4Pages.carriers);
    },
    onError: (e) => toast.error(e.message),
  });
  const interconnects = useListQuery<InterconnectView>({ queryKey: [...class4Keys.interconnects, 'of', id], endpoint: class4Urls.interconnectsOf(id), defaults: { sort: 'name' }, paramPrefix: 'i.' });
  const services = useListQuery<ServiceView>({ queryKey: [...class4Keys.services, 'of', id], endpoint: class4Urls.servicesOf(id), defaults: { sort: 'name' }, paramPrefix: 's.' });
  const canIngress = carrier && carrier.type !== 'supplier';

  const tabs: PageTab[] = [
    {
      key: 'overview',
      label: 'Overview',
      actions: canWrite && carrier ? [ { key: 'edit', label: 'Edit carrier', onSelect: () => setEditing(true) }, { key: 'users', label: 'Carrier users', onSelect: () => setLinking(true) }, { key: 'delete', label: 'Delete carrier', onSelect: () => setDeleting(true), destructive: true } ] : [],
    },
    { key: 'contacts', label: 'Contacts', actions: canWrite && carrier ? [{ key: 'edit-contacts', label: 'Edit contacts', onSelect: () => setEditingContacts(true) }] : [] },
    { key: 'interconnects', label: 'Interconnects', actions: canWrite && carrier ? [{ key: 'new-interconnect', label: 'New interconnect', onSelect: () => setNewIc(true) }] : [] },
    { key: 'services', label: 'Services', actions: canWrite && canIngress ? [{ key: 'new-service', label: 'New service', onSelect: () => setNewSvc(true) }] : [] },
    { key: 'balances', label: 'Balances / Exposure' },
    ...(showAudit ? [{ key: 'audit', label: 'Audit' }] : []),
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  const interconnectHref = portal === 'admin' ? (i: InterconnectView) => class4Pages.interconnect(id, i.id) : undefined;

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this carrier" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="carrier-error" />
      </div>
    );
  }
  return (
    <>
      <PageHeader
        breadcrumbs={portal === 'admin' ? [{ label: 'Class 4' }, { label: 'Carriers', href: class4Pages.carriers }, { label: carrier?.name ?? '…' }] : [{ label: 'Interconnection' }, { label: carrier?.name ?? '…' }]}
        title={carrier ? carrier.name : <Skeleton className="h-7 w-48" />}
        description={
          carrier ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <code className="text-xs">{carrier.code}</code> <CarrierTypeBadge type={carrier.type} /> <StatusBadge status={carrier.status} />
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void queryClient.invalidateQueries({ queryKey: class4Keys.carrier(id) })} isFetching={query.isFetching} />}
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          {!carrier ? (
            <Skeleton className="h-40 w-full max-w-xl" />
          ) : (
            <dl className="max-w-2xl" data-testid="carrier-overview">
              <Field label="Type">
                <CarrierTypeBadge type={carrier.type} />
              </Field>
              <Field label="Currencies" testId="carrier-currencies">
                {carrier.primaryCurrency} (primary){carrier.currencies.length > 1 ? `, ${carrier.currencies.slice(1).join(', ')}` : ''}
              </Field>
              <Field label="Credit limit">{carrier.creditLimitMinor === null ? 'Prepaid' : formatMinor(carrier.creditLimitMinor, carrier.primaryCurrency)}</Field>
              <Field label="Supplier credit limit">{formatMinor(carrier.supplierCreditLimitMinor, carrier.primaryCurrency)}</Field>
              <Field label="Capacity">
                {carrier.maxChannels ?? 'Unlimited'} channels · {carrier.maxCps ?? 'unlimited'} CPS
              </Field>
              <Field label="Linked customer account">{carrier.customerAccountId ?? 'None'}</Field>
              <Field label="Carrier users">{carrier.users.length ? carrier.users.map((u) => `${u.name} <${u.email}>`).join(', ') : 'None linked'}</Field>
              <Field label="Interconnects · services">
                {carrier.counts.interconnects} · {carrier.counts.services}
              </Field>
              <Field label="Notes">{carrier.notes || '—'}</Field>
              <Field label="Created">{formatUtc(carrier.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(carrier.updatedAt)}</Field>
              {portal === 'admin' && (
                <Field label="ConnexCS sync">
                  <Link href={`/class4/sync?entityId=${encodeURIComponent(carrier.id)}`} className="underline underline-offset-4" data-testid="carrier-sync-status">
                    Sync status of this carrier
                  </Link>
                </Field>
              )}
            </dl>
          )}
        </TabPanel>
      )}
      {activeTab === 'contacts' && (
        <TabPanel tabKey="contacts">
          {carrier && carrier.contacts.length === 0 ? (
            <p className="text-sm text-muted-foreground">No contacts yet.{canWrite ? ' Add the commercial, technical, billing and NOC contacts.' : ''}</p>
          ) : (
            <dl className="max-w-2xl" data-testid="carrier-contacts">
              {carrier?.contacts.map((c) => (
                <Field key={c.id} label={c.kind === 'noc' ? 'NOC' : c.kind[0]!.toUpperCase() + c.kind.slice(1)}>
                  {c.name}
                  {c.email ? ` · ${c.email}` : ''}
                  {c.phone ? ` · ${c.phone}` : ''}
                </Field>
              ))}
            </dl>
          )}
          {canWrite && (
            <Button className="mt-4" variant="outline" onClick={() => setEditingContacts(true)} data-testid="carrier-edit-contacts">
              Edit contacts
            </Button>
          )}
        </TabPanel>
      )}
      {activeTab === 'interconnects' && (
        <TabPanel tabKey="interconnects">
          <FixedColumnTable
            label="Interconnects"
            columns={interconnectColumns}
            list={interconnects}
            getRowId={(i) => i.id}
            rowHref={interconnectHref}
            sortable={['name']}
            toolbar={{
              search: { placeholder: 'Name or tech prefix…', label: 'Search interconnects' },
              actions: canWrite ? (
                <Button size="sm" onClick={() => setNewIc(true)} data-testid="new-interconnect">
                  New interconnect
                </Button>
              ) : undefined,
            }}
            empty={{ title: 'No interconnects yet', description: 'A SIP trunk in one direction: ingress (the carrier sends calls) or egress (we send calls).' }}
            data-testid="interconnects-table"
          />
        </TabPanel>
      )}
      {activeTab === 'services' && (
        <TabPanel tabKey="services">
          <FixedColumnTable
            label="Services"
            columns={serviceColumns}
            list={services}
            getRowId={(s) => s.id}
            rowHref={portal === 'admin' ? (s) => class4Pages.service(id, s.id) : undefined}
            sortable={['name']}
            toolbar={{
              search: { placeholder: 'Service name…', label: 'Search services' },
              actions:
                canWrite && canIngress ? (
                  <Button size="sm" onClick={() => setNewSvc(true)} data-testid="new-service">
                    New service
                  </Button>
                ) : undefined,
            }}
            empty={{ title: 'No services yet', description: canIngress ? 'A service on an ingress interconnect rates and routes the carrier’s calls.' : 'A supplier has no ingress interconnects, so no services.' }}
            data-testid="services-table"
          />
        </TabPanel>
      )}
      {activeTab === 'balances' && (
        <TabPanel tabKey="balances">
          <CarrierBalances carrier={carrier} />
        </TabPanel>
      )}
      {activeTab === 'audit' && showAudit && (
        <TabPanel tabKey="audit">
          <AuditTab entity="carrier" id={id} />
        </TabPanel>
      )}
      {carrier && canWrite && (
        <>
          <CarrierFormDialog open={editing} onOpenChange={setEditing} carrier={carrier} />
          <ContactsFormDialog key={carrier.updatedAt} open={editingContacts} onOpenChange={setEditingContacts} carrier={carrier} contacts={carrier.contacts} />
          <LinkUsersDialog key={`u-${carrier.updatedAt}`} open={linking} onOpenChange={setLinking} carrierId={id} userIds={carrier.users.map((u) => u.id)} />
          <InterconnectFormDialog open={newIc} onOpenChange={setNewIc} carrier={carrier} />
          {canIngress && <ServiceFormDialog open={newSvc} onOpenChange={setNewSvc} carrier={carrier} />}
          <ConfirmDialog
            open={deleting}
            onOpenChange={setDeleting}
            title={`Delete ${carrier.name}?`}
            description="Its contacts, balances and user links go with it. A carrier with interconnects cannot be deleted: delete them first."
            confirmLabel="Delete carrier"
            variant="destructive"
            onConfirm={() => remove.mutateAsync()}
            data-testid="carrier-delete-confirm"
          />
        </>
      )}
    </>
  );
}

/** Balances per currency with net exposure (customer - supplier) and the alerts it trips. */
export function CarrierBalances({ carrier }: { carrier: CarrierDetailView | undefined }) {
  if (!carrier) return <Skeleton className="h-24 w-full max-w-xl" />;
  if (carrier.balances.length === 0) return <p className="text-sm text-muted-foreground">No balances yet: they appear when billing posts the first charge or payment.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full max-w-3xl text-sm" data-testid="carrier-balances">
        <caption className="sr-only">Balances and net exposure per currency</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-2 pr-4">Currency</th>
            <th scope="col" className="py-2 pr-4">Customer balance</th>
            <th scope="col" className="py-2 pr-4">Supplier balance</th>
            <th scope="col" className="py-2 pr-4">Net exposure</th>
            <th scope="col" className="py-2 pr-4">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {carrier.balances.map((b) => (
            <tr key={b.currency} className="border-b">
              <td className="py-2 pr-4">{b.currency}</td>
              <td className="py-2 pr-4">{formatMinor(b.customerBalanceMinor, b.currency)}</td>
              <td className="py-2 pr-4">{formatMinor(b.supplierBalanceMinor, b.currency)}</td>
              <td className="py-2 pr-4 font-medium">{formatMinor(b.netExposureMinor, b.currency)}</td>
              <td className="py-2 pr-4">{[b.lowBalance && 'Low balance', b.exposureAlert && 'Exposure alert', b.exposureLimitReached && 'Exposure limit reached'].filter(Boolean).join(', ') || 'None'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-muted-foreground">
        Thresholds: low balance {formatMinor(carrier.lowBalanceAlertMinor, carrier.primaryCurrency)}, exposure alert {formatMinor(carrier.exposureAlertMinor, carrier.primaryCurrency)}, exposure limit {formatMinor(carrier.exposureLimitMinor, carrier.primaryCurrency)}.
      </p>
    </div>
  );
}
