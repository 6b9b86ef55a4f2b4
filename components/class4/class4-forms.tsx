'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { usePlanOptions } from '@/components/rates/plan-link';
import { apiFetch } from '@/lib/api-client';
import { billingCurrencies } from '@/lib/billing/currencies';
import type { CarrierView, InterconnectView, ServiceView } from '@/lib/class4/views';
import { class4Keys, class4Pages, class4Urls } from './api';
import { FormDialog, str, toList, toNullable, toNumber, type FormFieldSpec } from './class4-ui';

const currencyOptions = billingCurrencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));

const carrierFields: FormFieldSpec[] = [
  { name: 'name', label: 'Name' },
  { name: 'code', label: 'Code', description: 'Short code for lists and CDRs: letters, digits, _ or - (e.g. BTGW).' },
  {
    name: 'type',
    label: 'Type',
    kind: 'select',
    options: [
      { value: 'customer', label: 'Customer (sends us traffic: ingress)' },
      { value: 'supplier', label: 'Supplier (we send traffic: egress)' },
      { value: 'bilateral', label: 'Bilateral (both)' },
    ],
  },
  { name: 'status', label: 'Status', kind: 'select', options: [ { value: 'active', label: 'Active' }, { value: 'suspended', label: 'Suspended' } ] },
  { name: 'primaryCurrency', label: 'Primary currency', kind: 'select', options: currencyOptions },
  { name: 'extraCurrencies', label: 'Other currencies', description: 'Up to 3 ISO codes, comma separated. A currency with balances or rating plans cannot be removed.' },
  { name: 'creditLimitMinor', label: 'Credit limit (minor units)', kind: 'number', description: 'Credit we extend as a customer; empty = prepaid. 50000 is 500.00.' },
  { name: 'supplierCreditLimitMinor', label: 'Supplier credit limit (minor units)', kind: 'number' },
  { name: 'lowBalanceAlertMinor', label: 'Low balance alert (minor units)', kind: 'number' },
  { name: 'exposureAlertMinor', label: 'Net exposure alert (minor units)', kind: 'number', description: 'Alert when customer balance - supplier balance falls below this.' },
  { name: 'exposureLimitMinor', label: 'Net exposure limit (minor units)', kind: 'number' },
  { name: 'maxChannels', label: 'Max channels', kind: 'number' },
  { name: 'maxCps', label: 'Max CPS', kind: 'number' },
  { name: 'customerAccountId', label: 'Linked customer account id', description: 'Optional: the customer account of the hierarchy this carrier buys as.' },
  { name: 'notes', label: 'Notes', kind: 'textarea' },
];

export function CarrierFormDialog({ open, onOpenChange, carrier }: { open: boolean; onOpenChange: (open: boolean) => void; carrier?: CarrierView }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const initial: Record<string, string> = carrier
    ? { ...Object.fromEntries(carrierFields.map((f) => [f.name, str((carrier as Record<string, unknown>)[f.name])])), extraCurrencies: carrier.currencies.slice(1).join(', ') }
    : { type: 'bilateral', status: 'active', primaryCurrency: 'USD' };
  return (
    <FormDialog
      key={carrier?.updatedAt ?? 'new'}
      open={open}
      onOpenChange={onOpenChange}
      title={carrier ? 'Edit carrier' : 'New carrier'}
      description="The commercial entity: type, currencies, credit and capacity. Contacts and interconnects come next."
      fields={carrierFields}
      initial={initial}
      submitLabel={carrier ? 'Save' : 'Create carrier'}
      testId="carrier-form"
      onSubmit={async (v) => {
        const body = {
          name: v.name ?? '',
          code: v.code ?? '',
          type: v.type,
          status: v.status,
          primaryCurrency: v.primaryCurrency,
          extraCurrencies: toList(v.extraCurrencies).map((c) => c.toUpperCase()),
          creditLimitMinor: toNumber(v.creditLimitMinor),
          supplierCreditLimitMinor: toNumber(v.supplierCreditLimitMinor),
          lowBalanceAlertMinor: toNumber(v.lowBalanceAlertMinor),
          exposureAlertMinor: toNumber(v.exposureAlertMinor),
          exposureLimitMinor: toNumber(v.exposureLimitMinor),
          maxChannels: toNumber(v.maxChannels),
          maxCps: toNumber(v.maxCps),
          customerAccountId: toNullable(v.customerAccountId),
          notes: v.notes ?? '',
        };
        const saved = carrier
          ? await apiFetch<CarrierView>(class4Urls.carrier(carrier.id), { method: 'PATCH', body })
          : await apiFetch<CarrierView>(class4Urls.carriers, { method: 'POST', body });
        await queryClient.invalidateQueries({ queryKey: class4Keys.carriers });
        toast.success(carrier ? 'Carrier saved' : 'Carrier created');
        if (!carrier) router.push(class4Pages.carrier(saved.id));
      }}
    />
  );
}

/** Contacts as one text block, a line each: kind; name; email; phone. */
export function ContactsFormDialog({ open, onOpenChange, carrier, contacts }: { open: boolean; onOpenChange: (open: boolean) => void; carrier: CarrierView; contacts: Array<{ kind: string; name: string; email: string | null; phone: string | null }> }) {
  const queryClient = useQueryClient();
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Edit contacts"
      description="One contact per line: kind; name; email; phone. Kinds: commercial, technical, billing, noc."
      fields={[{ name: 'contacts', label: 'Contacts', kind: 'textarea' }]}
      initial={{ contacts: contacts.map((c) => [c.kind, c.name, c.email ?? '', c.phone ?? ''].join('; ')).join('\n') }}
      submitLabel="Save contacts"
      testId="contacts-form"
      onSubmit={async (v) => {
        const list = (v.contacts ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [kind = '', name = '', email = '', phone = ''] = line.split(';').map((p) => p.trim());
            return { kind, name, email: email || null, phone: phone || null };
          });
        await apiFetch(class4Urls.carrier(carrier.id), { method: 'PATCH', body: { contacts: list } });
        await queryClient.invalidateQueries({ queryKey: class4Keys.carrier(carrier.id) });
        toast.success('Contacts saved');
      }}
    />
  );
}

export function LinkUsersDialog({ open, onOpenChange, carrierId, userIds }: { open: boolean; onOpenChange: (open: boolean) => void; carrierId: string; userIds: string[] }) {
  const queryClient = useQueryClient();
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Carrier users"
      description="The user ids (role carrier user, same brand) who see this carrier in the carrier portal, one per line."
      fields={[{ name: 'userIds', label: 'User ids', kind: 'textarea' }]}
      initial={{ userIds: userIds.join('\n') }}
      submitLabel="Save"
      testId="carrier-users-form"
      onSubmit={async (v) => {
        await apiFetch(class4Urls.carrierUsers(carrierId), { method: 'PUT', body: { userIds: toList(v.userIds) } });
        await queryClient.invalidateQueries({ queryKey: class4Keys.carrier(carrierId) });
        toast.success('Carrier users saved');
      }}
    />
  );
}

type Pop = { id: string; name: string; code: string };

export function InterconnectFormDialog({ open, onOpenChange, carrier, interconnect }: { open: boolean; onOpenChange: (open: boolean) => void; carrier: CarrierView; interconnect?: InterconnectView }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const pops = useQuery({ queryKey: class4Keys.pops, queryFn: () => apiFetch<{ items: Pop[] }>(class4Urls.pops), enabled: open });
  const buyPlans = usePlanOptions('buy', carrier.currencies, open);
  const directions = carrier.type === 'customer' ? ['ingress'] : carrier.type === 'supplier' ? ['egress'] : ['ingress', 'egress'];
  const fields: FormFieldSpec[] = [
    { name: 'name', label: 'Name' },
    { name: 'direction', label: 'Direction', kind: 'select', options: directions.map((d) => ({ value: d, label: d === 'ingress' ? 'Ingress (the carrier sends us calls)' : 'Egress (we send the carrier calls)' })) },
    { name: 'popId', label: 'POP', kind: 'select', options: [{ value: '', label: 'Choose a POP' }, ...(pops.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))] },
    { name: 'addresses', label: 'IP addresses / CIDRs', kind: 'textarea', description: 'One per line or comma separated, e.g. 203.0.113.10 or 203.0.113.0/28.' },
    { name: 'techPrefix', label: 'Tech prefix', description: 'Ingress: matched then stripped; egress: prepended. Up to 10 digits, # or *.' },
    { name: 'maxCps', label: 'Max CPS', kind: 'number' },
    { name: 'maxChannels', label: 'Max channels', kind: 'number' },
    { name: 'numberFormat', label: 'Number format', kind: 'select', options: [ { value: 'e164', label: 'E.164 digits (44...)' }, { value: 'e164_plus', label: '+E.164 (+44...)' }, { value: 'international_00', label: '00 prefix (0044...)' } ] },
    { name: 'defaultCountryCode', label: 'Default country code', description: 'National numbers become E.164 with this code (e.g. 44).' },
    { name: 'nationalPrefix', label: 'National prefix', description: 'Stripped from national numbers (e.g. 0).' },
    { name: 'codecs', label: 'Codecs (in order)', description: 'Comma separated; add :relay to pass a codec through without transcoding, e.g. G729, PCMA, PCMU, G722:relay.' },
    { name: 'mediaMode', label: 'Media', kind: 'select', options: [ { value: 'proxy', label: 'Proxy (media through the POP)' }, { value: 'bypass', label: 'Bypass (direct media)' } ] },
    { name: 'dtmfMode', label: 'DTMF', kind: 'select', options: [ { value: 'rfc2833', label: 'RFC 2833' }, { value: 'inband', label: 'In-band' }, { value: 'sip_info', label: 'SIP INFO' } ] },
    { name: 't38', label: 'T.38 fax', kind: 'checkbox' },
    { name: 'rtpTimeoutSeconds', label: 'RTP timeout (s)', kind: 'number' },
    { name: 'transport', label: 'SIP transport', kind: 'select', options: [ { value: 'udp', label: 'UDP' }, { value: 'tcp', label: 'TCP' }, { value: 'tls', label: 'TLS' } ] },
    { name: 'sipPort', label: 'SIP port', kind: 'number' },
    { name: 'optionsPing', label: 'OPTIONS keep-alive', kind: 'checkbox' },
    {
      name: 'supplierRatePlanId',
      label: 'Supplier rate plan',
      kind: 'select',
      options: [{ value: '', label: 'None' }, ...buyPlans.options],
      description: `Egress only: a buy plan in ${carrier.currencies.join(' or ')} (Rates > Rate plans).`,
      when: (v) => v.direction === 'egress',
    },
    { name: 'notes', label: 'Notes', kind: 'textarea' },
  ];
  const initial: Record<string, string> = interconnect
    ? {
        ...Object.fromEntries(fields.map((f) => [f.name, str((interconnect as Record<string, unknown>)[f.name])])),
        addresses: interconnect.addresses.map((a) => a.replace(/\/(32|128)$/, '')).join('\n'),
        codecs: interconnect.codecs.map((c) => (c.mode === 'relay' ? `${c.codec}:relay` : c.codec)).join(', '),
      }
    : { direction: directions[0]!, numberFormat: 'e164', mediaMode: 'proxy', dtmfMode: 'rfc2833', transport: 'udp', sipPort: '5060', rtpTimeoutSeconds: '300', optionsPing: 'true', t38: 'false', popId: '', supplierRatePlanId: '' };
  return (
    <FormDialog
      key={`${interconnect?.updatedAt ?? 'new'}-${pops.data ? 'p' : ''}${buyPlans.loaded ? 'b' : ''}`}
      open={open}
      onOpenChange={onOpenChange}
      title={interconnect ? 'Edit interconnect' : 'New interconnect'}
      description={`A SIP trunk of ${carrier.name}, one direction. A rule violation names the rule and the conflicting record.`}
      fields={fields}
      initial={initial}
      submitLabel={interconnect ? 'Save' : 'Create interconnect'}
      testId="interconnect-form"
      onSubmit={async (v) => {
        const body: Record<string, unknown> = {
          name: v.name ?? '',
          direction: v.direction,
          popId: v.popId ?? '',
          addresses: toList(v.addresses),
          techPrefix: v.techPrefix ?? '',
          maxCps: toNumber(v.maxCps),
          maxChannels: toNumber(v.maxChannels),
          numberFormat: v.numberFormat,
          defaultCountryCode: toNullable(v.defaultCountryCode),
          nationalPrefix: toNullable(v.nationalPrefix),
          codecs: toList(v.codecs).map((c) => {
            const [codec = '', mode] = c.split(':');
            return { codec, mode: mode === 'relay' ? 'relay' : 'supported' };
          }),
          mediaMode: v.mediaMode,
          dtmfMode: v.dtmfMode,
          t38: v.t38 === 'true',
          rtpTimeoutSeconds: toNumber(v.rtpTimeoutSeconds) ?? 300,
          transport: v.transport,
          sipPort: toNumber(v.sipPort) ?? 5060,
          optionsPing: v.optionsPing === 'true',
          supplierRatePlanId: v.direction === 'egress' ? toNullable(v.supplierRatePlanId) : null,
          notes: v.notes ?? '',
        };
        const saved = interconnect
          ? await apiFetch<InterconnectView>(class4Urls.interconnect(interconnect.id), { method: 'PATCH', body })
          : await apiFetch<InterconnectView>(class4Urls.interconnects, { method: 'POST', body: { ...body, carrierId: carrier.id } });
        await queryClient.invalidateQueries({ queryKey: class4Keys.interconnects });
        await queryClient.invalidateQueries({ queryKey: class4Keys.carriers });
        toast.success(interconnect ? 'Interconnect saved' : 'Interconnect created');
        if (!interconnect) router.push(class4Pages.interconnect(carrier.id, saved.id));
      }}
    />
  );
}

export function ServiceFormDialog({ open, onOpenChange, carrier, service, interconnectId }: { open: boolean; onOpenChange: (open: boolean) => void; carrier: CarrierView; service?: ServiceView; interconnectId?: string }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const ingress = useQuery({ queryKey: [...class4Keys.interconnects, 'ingress', carrier.id], queryFn: () => apiFetch<{ items: InterconnectView[] }>(`${class4Urls.interconnectsOf(carrier.id)}&direction=ingress&limit=100`), enabled: open });
  const egress = useQuery({ queryKey: [...class4Keys.interconnects, 'egress'], queryFn: () => apiFetch<{ items: InterconnectView[] }>(class4Urls.egress), enabled: open });
  const sellPlans = usePlanOptions('sell', carrier.currencies, open);
  // The carrier brand's routing plans (a service routes by a plan of its own brand).
  const routingPlans = useQuery({
    queryKey: ['routing-plans', 'options', carrier.tenantId],
    queryFn: () => apiFetch<{ items: Array<{ id: string; name: string; status: string }> }>(`/api/v1/routing-plans?tenant=${encodeURIComponent(carrier.tenantId)}&limit=100`),
    enabled: open,
  });
  const fields: FormFieldSpec[] = [
    ...(service ? [] : [{ name: 'interconnectId', label: 'Ingress interconnect', kind: 'select' as const, options: [{ value: '', label: 'Choose an ingress interconnect' }, ...(ingress.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))] }]),
    { name: 'name', label: 'Name' },
    { name: 'status', label: 'Status', kind: 'select', options: [ { value: 'active', label: 'Active' }, { value: 'disabled', label: 'Disabled' } ] },
    {
      name: 'customerRatePlanId',
      label: 'Customer rate plan',
      kind: 'select',
      options: [{ value: '', label: 'None: calls are not rated' }, ...sellPlans.options],
      description: `A sell plan in ${carrier.currencies.join(' or ')}; the service is rated in the plan’s currency.`,
    },
    { name: 'routingMethod', label: 'Routing', kind: 'select', options: [ { value: 'interconnect', label: 'To an egress interconnect' }, { value: 'routing_plan', label: 'By a routing plan' } ] },
    { name: 'routeInterconnectId', label: 'Egress interconnect', kind: 'select', when: (v) => v.routingMethod === 'interconnect', options: [{ value: '', label: 'Choose an egress interconnect' }, ...(egress.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.carrierName} · ${i.name}` }))] },
    {
      name: 'routingPlanId',
      label: 'Routing plan',
      kind: 'select',
      when: (v) => v.routingMethod === 'routing_plan',
      options: [{ value: '', label: routingPlans.isError ? 'Could not load the routing plans' : 'Choose a routing plan' }, ...(routingPlans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.status})` }))],
    },
    { name: 'timeClass', label: 'Time class', kind: 'select', options: [ { value: 'all_week', label: 'All week' }, { value: 'weekdays', label: 'Weekdays' }, { value: 'weekends', label: 'Weekends' }, { value: 'peak', label: 'Peak' }, { value: 'off_peak', label: 'Off-peak' } ] },
    { name: 'maxChannels', label: 'Max channels', kind: 'number' },
    { name: 'maxCps', label: 'Max CPS', kind: 'number' },
    { name: 'originPrefixes', label: 'Origin prefixes (A-number)', description: 'Comma separated digits; empty = any.' },
    { name: 'destinationPrefixes', label: 'Destination prefixes (B-number)' },
    { name: 'minDigits', label: 'Min digits', kind: 'number' },
    { name: 'maxDigits', label: 'Max digits', kind: 'number' },
    { name: 'blockedOriginPrefixes', label: 'Blacklisted origin prefixes' },
    { name: 'blockedDestinationPrefixes', label: 'Blacklisted destination prefixes' },
    { name: 'notes', label: 'Notes', kind: 'textarea' },
  ];
  const initial: Record<string, string> = service
    ? Object.fromEntries(fields.map((f) => [f.name, str((service as Record<string, unknown>)[f.name])]))
    : { interconnectId: interconnectId ?? '', status: 'active', routingMethod: 'interconnect', timeClass: 'all_week', customerRatePlanId: '', routeInterconnectId: '', routingPlanId: '' };
  return (
    <FormDialog
      key={`${service?.updatedAt ?? 'new'}-${ingress.data ? 'i' : ''}${egress.data ? 'e' : ''}${sellPlans.loaded ? 's' : ''}${routingPlans.data ? 'r' : ''}`}
      open={open}
      onOpenChange={onOpenChange}
      title={service ? 'Edit service' : 'New service'}
      description="The commercial link on an ingress interconnect: rating, routing and matching."
      fields={fields}
      initial={initial}
      submitLabel={service ? 'Save' : 'Create service'}
      testId="service-form"
      onSubmit={async (v) => {
        const body: Record<string, unknown> = {
          name: v.name ?? '',
          status: v.status,
          customerRatePlanId: toNullable(v.customerRatePlanId),
          // The rating currency is the plan's (the server checks they agree).
          ratePlanCurrency: sellPlans.items.find((p) => p.id === v.customerRatePlanId)?.currency ?? (v.customerRatePlanId ? (service?.ratePlanCurrency ?? null) : null),
          routingMethod: v.routingMethod,
          routeInterconnectId: v.routingMethod === 'interconnect' ? toNullable(v.routeInterconnectId) : null,
          routingPlanId: v.routingMethod === 'routing_plan' ? toNullable(v.routingPlanId) : null,
          timeClass: v.timeClass,
          maxChannels: toNumber(v.maxChannels),
          maxCps: toNumber(v.maxCps),
          originPrefixes: toList(v.originPrefixes),
          destinationPrefixes: toList(v.destinationPrefixes),
          minDigits: toNumber(v.minDigits),
          maxDigits: toNumber(v.maxDigits),
          blockedOriginPrefixes: toList(v.blockedOriginPrefixes),
          blockedDestinationPrefixes: toList(v.blockedDestinationPrefixes),
          notes: v.notes ?? '',
        };
        const saved = service
          ? await apiFetch<ServiceView>(class4Urls.service(service.id), { method: 'PATCH', body })
          : await apiFetch<ServiceView>(class4Urls.services, { method: 'POST', body: { ...body, carrierId: carrier.id, interconnectId: v.interconnectId ?? '' } });
        await queryClient.invalidateQueries({ queryKey: class4Keys.services });
        await queryClient.invalidateQueries({ queryKey: class4Keys.carriers });
        toast.success(service ? 'Service saved' : 'Service created');
        if (!service) router.push(class4Pages.service(carrier.id, saved.id));
      }}
    />
  );
}
