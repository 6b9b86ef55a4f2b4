'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, FixedColumnTable, RefreshButton, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PlanLink } from '@/components/rates/plan-link';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { CarrierDetailView, InterconnectView, ServiceView } from '@/lib/class4/views';
import { class4Keys, class4Pages, class4Urls } from './api';
import { InterconnectFormDialog, ServiceFormDialog } from './class4-forms';
import { AuditTab, DirectionBadge, Field, StatusBadge } from './class4-ui';

const svcCol = createDataTableColumnHelper<ServiceView>();
const serviceColumns = svcCol.columns([
  svcCol.accessor('name', { header: 'Service', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  svcCol.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  svcCol.accessor('routingMethod', { header: 'Routing', cell: ({ row }) => (row.original.routingMethod === 'interconnect' ? `→ ${row.original.routeInterconnectName ?? 'interconnect'}` : 'Routing plan') }),
  svcCol.accessor('destinationPrefixes', { header: 'Destinations', cell: ({ getValue }) => getValue().join(', ') || 'Any' }),
]);

const labelOf: Record<string, string> = { e164: 'E.164 digits', e164_plus: '+E.164', international_00: '00 prefix', rfc2833: 'RFC 2833', inband: 'In-band', sip_info: 'SIP INFO' };

/** An interconnect: Overview, Addresses & validation, Translations, Codecs & media, Signalling, Services (ingress), Audit. */
export function InterconnectDetail({ carrierId, id, canWrite, showAudit }: { carrierId: string; id: string; canWrite: boolean; showAudit: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: class4Keys.interconnect(id), queryFn: () => apiFetch<InterconnectView>(class4Urls.interconnect(id)) });
  const carrier = useQuery({ queryKey: class4Keys.carrier(carrierId), queryFn: () => apiFetch<CarrierDetailView>(class4Urls.carrier(carrierId)) });
  const ic = query.data;
  const [editing, setEditing] = useState(false);
  const [newSvc, setNewSvc] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const services = useListQuery<ServiceView>({ queryKey: [...class4Keys.services, 'on', id], endpoint: class4Urls.servicesOn(id), defaults: { sort: 'name' }, paramPrefix: 's.' });
  const remove = useMutation({
    mutationFn: () => apiFetch(class4Urls.interconnect(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: class4Keys.interconnects });
      toast.success('Interconnect deleted');
      router.push(`${class4Pages.carrier(carrierId)}?tab=interconnects`);
    },
    onError: (e) => toast.error(e.message),
  });
  const edit = canWrite && ic && carrier.data ? [{ key: 'edit', label: 'Edit interconnect', onSelect: () => setEditing(true) }] : [];
  const tabs: PageTab[] = [
    { key: 'overview', label: 'Overview', actions: [...edit, ...(canWrite && ic ? [{ key: 'delete', label: 'Delete interconnect', onSelect: () => setDeleting(true), destructive: true }] : [])] },
    { key: 'validation', label: ic?.direction === 'egress' ? 'Addresses' : 'Validation', actions: edit },
    { key: 'translations', label: 'Translations', actions: edit },
    { key: 'media', label: 'Codecs & media', actions: edit },
    { key: 'signalling', label: 'Signalling', actions: edit },
    ...(ic?.direction === 'ingress' ? [{ key: 'services', label: 'Services', actions: canWrite && carrier.data ? [{ key: 'new-service', label: 'New service', onSelect: () => setNewSvc(true) }] : [] }] : []),
    ...(showAudit ? [{ key: 'audit', label: 'Audit' }] : []),
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this interconnect" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="interconnect-error" />
      </div>
    );
  }
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Class 4' }, { label: 'Carriers', href: class4Pages.carriers }, { label: ic?.carrierName ?? '…', href: `${class4Pages.carrier(carrierId)}?tab=interconnects` }, { label: ic?.name ?? '…' }]}
        title={ic ? ic.name : <Skeleton className="h-7 w-48" />}
        description={
          ic ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              Interconnect of {ic.carrierName} <DirectionBadge direction={ic.direction} /> <StatusBadge status={ic.status} />
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />}
      />
      {!ic ? (
        <div className="p-6">
          <Skeleton className="h-40 w-full max-w-xl" />
        </div>
      ) : (
        <>
          {activeTab === 'overview' && (
            <TabPanel tabKey="overview">
              <dl className="max-w-2xl" data-testid="interconnect-overview">
                <Field label="Carrier">
                  <Link className="underline" href={class4Pages.carrier(carrierId)}>
                    {ic.carrierName}
                  </Link>
                </Field>
                <Field label="Direction">
                  <DirectionBadge direction={ic.direction} />
                </Field>
                <Field label="POP">{ic.popName ?? ic.popId}</Field>
                <Field label="Capacity">
                  {ic.maxChannels ?? 'Unlimited'} channels · {ic.maxCps ?? 'unlimited'} CPS
                </Field>
                {ic.direction === 'egress' && (
                  <Field label="Supplier rating plan" testId="interconnect-supplier-plan">
                    {ic.supplierRatePlanId ? <PlanLink id={ic.supplierRatePlanId} /> : 'None: routing refuses this interconnect until it has one'}
                  </Field>
                )}
                <Field label="Notes">{ic.notes || '—'}</Field>
                <Field label="Created">{formatUtc(ic.createdAt)}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'validation' && (
            <TabPanel tabKey="validation">
              <dl className="max-w-2xl">
                <Field label={ic.direction === 'ingress' ? 'Accepted source addresses' : 'Destination addresses'} testId="interconnect-addresses">
                  <code className="text-xs">{ic.addresses.join(', ') || 'None yet'}</code>
                </Field>
                <Field label="Tech prefix">{ic.techPrefix ? `${ic.techPrefix} (${ic.direction === 'ingress' ? 'matched, then stripped' : 'prepended'})` : 'None'}</Field>
                <Field label="Max CPS">{ic.maxCps ?? 'Unlimited'}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'translations' && (
            <TabPanel tabKey="translations">
              <dl className="max-w-2xl">
                <Field label="Number format">{labelOf[ic.numberFormat]}</Field>
                <Field label="Default country code">{ic.defaultCountryCode ?? '—'}</Field>
                <Field label="National prefix">{ic.nationalPrefix ?? '—'}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'media' && (
            <TabPanel tabKey="media">
              <dl className="max-w-2xl">
                <Field label="Codecs (in order)">{ic.codecs.map((c) => (c.mode === 'relay' ? `${c.codec} (relay only)` : c.codec)).join(', ') || 'Any'}</Field>
                <Field label="Media">{ic.mediaMode === 'proxy' ? 'Proxy' : 'Bypass'}</Field>
                <Field label="DTMF">{labelOf[ic.dtmfMode]}</Field>
                <Field label="T.38">{ic.t38 ? 'On' : 'Off'}</Field>
                <Field label="RTP timeout">{ic.rtpTimeoutSeconds} s</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'signalling' && (
            <TabPanel tabKey="signalling">
              <dl className="max-w-2xl">
                <Field label="Transport">{ic.transport.toUpperCase()}</Field>
                <Field label="SIP port">{ic.sipPort}</Field>
                <Field label="OPTIONS keep-alive">{ic.optionsPing ? 'On' : 'Off'}</Field>
                <Field label="Session timer">{ic.sessionTimerSeconds ? `${ic.sessionTimerSeconds} s` : 'Off'}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'services' && (
            <TabPanel tabKey="services">
              <FixedColumnTable
                label="Services on this interconnect"
                columns={serviceColumns}
                list={services}
                getRowId={(s) => s.id}
                rowHref={(s) => class4Pages.service(carrierId, s.id)}
                sortable={['name']}
                empty={{ title: 'No services yet', description: 'A service rates and routes the calls of this interconnect.' }}
                data-testid="interconnect-services-table"
              />
            </TabPanel>
          )}
          {activeTab === 'audit' && showAudit && (
            <TabPanel tabKey="audit">
              <AuditTab entity="interconnect" id={id} />
            </TabPanel>
          )}
        </>
      )}
      {ic && carrier.data && canWrite && (
        <>
          <InterconnectFormDialog open={editing} onOpenChange={setEditing} carrier={carrier.data} interconnect={ic} />
          {ic.direction === 'ingress' && <ServiceFormDialog open={newSvc} onOpenChange={setNewSvc} carrier={carrier.data} interconnectId={ic.id} />}
          <ConfirmDialog
            open={deleting}
            onOpenChange={setDeleting}
            title={`Delete ${ic.name}?`}
            description={ic.serviceCount ? `Its ${ic.serviceCount} service(s) are deleted with it.` : 'Its addresses are deleted with it.'}
            confirmLabel="Delete interconnect"
            variant="destructive"
            onConfirm={() => remove.mutateAsync()}
            data-testid="interconnect-delete-confirm"
          />
        </>
      )}
    </>
  );
}

const timeLabels: Record<string, string> = { all_week: 'All week', weekdays: 'Weekdays', weekends: 'Weekends', peak: 'Peak', off_peak: 'Off-peak' };

/** A service: Overview, Rating & routing, Matching, Blacklists, Audit. */
export function ServiceDetail({ carrierId, id, canWrite, showAudit }: { carrierId: string; id: string; canWrite: boolean; showAudit: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: class4Keys.service(id), queryFn: () => apiFetch<ServiceView>(class4Urls.service(id)) });
  const carrier = useQuery({ queryKey: class4Keys.carrier(carrierId), queryFn: () => apiFetch<CarrierDetailView>(class4Urls.carrier(carrierId)) });
  const svc = query.data;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => apiFetch(class4Urls.service(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: class4Keys.services });
      toast.success('Service deleted');
      router.push(`${class4Pages.carrier(carrierId)}?tab=services`);
    },
    onError: (e) => toast.error(e.message),
  });
  const edit = canWrite && svc && carrier.data ? [{ key: 'edit', label: 'Edit service', onSelect: () => setEditing(true) }] : [];
  const tabs: PageTab[] = [
    { key: 'overview', label: 'Overview', actions: [...edit, ...(canWrite && svc ? [{ key: 'delete', label: 'Delete service', onSelect: () => setDeleting(true), destructive: true }] : [])] },
    { key: 'routing', label: 'Rating & routing', actions: edit },
    { key: 'matching', label: 'Matching', actions: edit },
    { key: 'blacklists', label: 'Blacklists', actions: edit },
    ...(showAudit ? [{ key: 'audit', label: 'Audit' }] : []),
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);
  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this service" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="service-error" />
      </div>
    );
  }
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Class 4' },
          { label: 'Carriers', href: class4Pages.carriers },
          { label: svc?.carrierName ?? '…', href: `${class4Pages.carrier(carrierId)}?tab=services` },
          { label: svc?.interconnectName ?? '…', href: svc ? class4Pages.interconnect(carrierId, svc.interconnectId) : undefined },
          { label: svc?.name ?? '…' },
        ]}
        title={svc ? svc.name : <Skeleton className="h-7 w-48" />}
        description={svc ? <span className="inline-flex items-center gap-2">Service on {svc.interconnectName} <StatusBadge status={svc.status} /></span> : undefined}
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void query.refetch()} isFetching={query.isFetching} />}
      />
      {!svc ? (
        <div className="p-6">
          <Skeleton className="h-40 w-full max-w-xl" />
        </div>
      ) : (
        <>
          {activeTab === 'overview' && (
            <TabPanel tabKey="overview">
              <dl className="max-w-2xl" data-testid="service-overview">
                <Field label="Carrier">{svc.carrierName}</Field>
                <Field label="Ingress interconnect">
                  <Link className="underline" href={class4Pages.interconnect(carrierId, svc.interconnectId)}>
                    {svc.interconnectName}
                  </Link>
                </Field>
                <Field label="Time class">{timeLabels[svc.timeClass]}</Field>
                <Field label="Capacity">
                  {svc.maxChannels ?? 'Unlimited'} channels · {svc.maxCps ?? 'unlimited'} CPS
                </Field>
                <Field label="Notes">{svc.notes || '—'}</Field>
                <Field label="Created">{formatUtc(svc.createdAt)}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'routing' && (
            <TabPanel tabKey="routing">
              <dl className="max-w-2xl">
                <Field label="Customer rating plan" testId="service-rate-plan">
                  {svc.customerRatePlanId ? <PlanLink id={svc.customerRatePlanId} /> : 'None: calls are not rated'}
                </Field>
                <Field label="Routing" testId="service-routing">
                  {svc.routingMethod === 'interconnect' ? `To egress interconnect ${svc.routeInterconnectName ?? svc.routeInterconnectId}` : `Routing plan ${svc.routingPlanId}`}
                </Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'matching' && (
            <TabPanel tabKey="matching">
              <dl className="max-w-2xl">
                <Field label="Origin prefixes">{svc.originPrefixes.join(', ') || 'Any'}</Field>
                <Field label="Destination prefixes">{svc.destinationPrefixes.join(', ') || 'Any'}</Field>
                <Field label="Digit length">{svc.minDigits || svc.maxDigits ? `${svc.minDigits ?? 1} to ${svc.maxDigits ?? 32}` : 'Any'}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'blacklists' && (
            <TabPanel tabKey="blacklists">
              <dl className="max-w-2xl">
                <Field label="Blocked origins">{svc.blockedOriginPrefixes.join(', ') || 'None'}</Field>
                <Field label="Blocked destinations">{svc.blockedDestinationPrefixes.join(', ') || 'None'}</Field>
              </dl>
            </TabPanel>
          )}
          {activeTab === 'audit' && showAudit && (
            <TabPanel tabKey="audit">
              <AuditTab entity="carrier_service" id={id} />
            </TabPanel>
          )}
        </>
      )}
      {svc && carrier.data && canWrite && (
        <>
          <ServiceFormDialog open={editing} onOpenChange={setEditing} carrier={carrier.data} service={svc} />
          <ConfirmDialog
            open={deleting}
            onOpenChange={setDeleting}
            title={`Delete ${svc.name}?`}
            description="Calls that matched this service are no longer accepted on the interconnect."
            confirmLabel="Delete service"
            variant="destructive"
            onConfirm={() => remove.mutateAsync()}
            data-testid="service-delete-confirm"
          />
        </>
      )}
    </>
  );
}
