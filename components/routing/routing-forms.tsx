'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { FormDialog, toNumber, type FormFieldSpec } from '@/components/class4/class4-ui';
import { apiFetch } from '@/lib/api-client';
import type { InterconnectView } from '@/lib/class4/views';
import type { RouteGroupView, RoutingPlanView } from '@/lib/routing/views';
import { routingKeys, routingPages, routingUrls } from './api';

const planFields: FormFieldSpec[] = [
  { name: 'name', label: 'Name' },
  { name: 'status', label: 'Status', kind: 'select', options: [ { value: 'draft', label: 'Draft' }, { value: 'active', label: 'Active' } ] },
  { name: 'marginFloor', label: 'Margin floor per minute', description: 'Least sell - buy a supplier must leave, as a decimal (0.0010); negative accepts a loss.' },
  { name: 'description', label: 'Description', kind: 'textarea' },
];

export function RoutingPlanFormDialog({ open, onOpenChange, plan }: { open: boolean; onOpenChange: (open: boolean) => void; plan?: RoutingPlanView }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  return (
    <FormDialog
      key={plan?.updatedAt ?? 'new'}
      open={open}
      onOpenChange={onOpenChange}
      title={plan ? 'Edit routing plan' : 'New routing plan'}
      description="A plan routes each dialled prefix to suppliers (egress interconnects) ordered, weighted or by least cost."
      fields={planFields}
      initial={plan ? { name: plan.name, status: plan.status, marginFloor: plan.marginFloor, description: plan.description } : { status: 'draft', marginFloor: '0.0000' }}
      submitLabel={plan ? 'Save' : 'Create plan'}
      testId="routing-plan-form"
      onSubmit={async (v) => {
        const body = { name: v.name ?? '', status: v.status, marginFloor: (v.marginFloor ?? '').trim() || '0', description: v.description ?? '' };
        const saved = plan ? await apiFetch<RoutingPlanView>(routingUrls.plan(plan.id), { method: 'PATCH', body }) : await apiFetch<RoutingPlanView>(routingUrls.plans, { method: 'POST', body });
        await queryClient.invalidateQueries({ queryKey: routingKeys.plans });
        toast.success(plan ? 'Routing plan saved' : 'Routing plan created');
        if (!plan) router.push(routingPages.plan(saved.id));
      }}
    />
  );
}

/** The egress interconnects a list may name (with their supplier plan, or marked as refused without one). */
export function useEgressOptions() {
  const query = useQuery({ queryKey: routingKeys.egress, queryFn: () => apiFetch<{ items: InterconnectView[] }>(routingUrls.egress) });
  return (query.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.carrierName ? `${i.carrierName} · ` : ''}${i.name}${i.supplierRatePlanId ? '' : ' (no supplier plan: refused)'}` }));
}

const SLOTS = [1, 2, 3] as const;

function supplierFields(options: Array<{ value: string; label: string }>, optional: (n: number) => boolean): FormFieldSpec[] {
  return SLOTS.flatMap((n) => [
    { name: `supplier${n}`, label: `Supplier ${n}${optional(n) ? ' (optional)' : ''}`, kind: 'select' as const, options: [{ value: '', label: '—' }, ...options] },
    { name: `tier${n}`, label: `Supplier ${n} quality tier`, kind: 'number' as const, description: '1 = best', when: (v: Record<string, string>) => !!v[`supplier${n}`] },
    { name: `weight${n}`, label: `Supplier ${n} weight`, kind: 'number' as const, when: (v: Record<string, string>) => !!v[`supplier${n}`] && v.method === 'weighted' },
  ]);
}

const suppliersOf = (v: Record<string, string>) =>
  SLOTS.filter((n) => v[`supplier${n}`]).map((n) => ({ interconnectId: v[`supplier${n}`]!, qualityTier: toNumber(v[`tier${n}`]) ?? 1, weight: toNumber(v[`weight${n}`]) ?? 100 }));

/** Adds or replaces the entry of a prefix: a route group's list or up to three suppliers (the API takes up to 32). */
export function RouteEntryFormDialog({ open, onOpenChange, planId, groups }: { open: boolean; onOpenChange: (open: boolean) => void; planId: string; groups: RouteGroupView[] }) {
  const queryClient = useQueryClient();
  const options = useEgressOptions();
  const fields: FormFieldSpec[] = [
    { name: 'prefix', label: 'Prefix', description: 'Digits of the dialled number, e.g. 44 or 4420. An existing prefix is replaced.' },
    {
      name: 'method',
      label: 'Method',
      kind: 'select',
      options: [
        { value: 'lcr', label: 'Least cost (LCR): cheapest buy rate, then quality tier' },
        { value: 'ordered', label: 'Ordered: as listed' },
        { value: 'weighted', label: 'Weighted: share of calls by weight' },
      ],
    },
    { name: 'groupId', label: 'Route group', kind: 'select', options: [{ value: '', label: 'None: the suppliers below' }, ...groups.map((g) => ({ value: g.id, label: g.name }))] },
    ...supplierFields(options, (n) => n > 1).map((f) => ({ ...f, when: (v: Record<string, string>) => !v.groupId && (f.when ? f.when(v) : true) })),
  ];
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Route entry"
      description="Suppliers are egress interconnects with a supplier rating plan; one without is refused (margin enforcement)."
      fields={fields}
      initial={{ method: 'lcr', groupId: '' }}
      submitLabel="Save entry"
      testId="route-entry-form"
      onSubmit={async (v) => {
        const entry = { prefix: (v.prefix ?? '').trim(), method: v.method, groupId: v.groupId || null, suppliers: v.groupId ? [] : suppliersOf(v) };
        await apiFetch(routingUrls.entries(planId), { method: 'PUT', body: { entries: [entry] } });
        await queryClient.invalidateQueries({ queryKey: routingKeys.plan(planId) });
        toast.success(`Entry ${entry.prefix} saved`);
      }}
    />
  );
}

export function RouteGroupFormDialog({ open, onOpenChange, planId }: { open: boolean; onOpenChange: (open: boolean) => void; planId: string }) {
  const queryClient = useQueryClient();
  const options = useEgressOptions();
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New route group"
      description="A named supplier list that several entries of this plan can use."
      fields={[{ name: 'name', label: 'Name' }, { name: 'method', label: 'Method', kind: 'select', options: [{ value: 'weighted', label: 'Weights apply when an entry is weighted' }], when: () => false }, ...supplierFields(options, (n) => n > 1)]}
      initial={{ method: 'weighted' }}
      submitLabel="Create group"
      testId="route-group-form"
      onSubmit={async (v) => {
        await apiFetch(routingUrls.groups(planId), { method: 'POST', body: { name: v.name ?? '', suppliers: suppliersOf(v) } });
        await queryClient.invalidateQueries({ queryKey: routingKeys.plan(planId) });
        toast.success('Route group created');
      }}
    />
  );
}

/** Starts the route table check against a customer (sell) plan. */
export function StartCheckDialog({ open, onOpenChange, planId, sellPlans }: { open: boolean; onOpenChange: (open: boolean) => void; planId: string; sellPlans: Array<{ value: string; label: string }> }) {
  const queryClient = useQueryClient();
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Run the route table check"
      description="Every prefix of this draft plan is routed against the customer plan; prefixes with no route, a negative margin or a single supplier are listed."
      fields={[
        { name: 'customerRatePlanId', label: 'Customer rate plan', kind: 'select', options: sellPlans },
        { name: 'at', label: 'At (ISO 8601, optional)', description: 'Rates effective at this instant; empty = now.' },
      ]}
      initial={{ customerRatePlanId: sellPlans[0]?.value ?? '' }}
      submitLabel="Start check"
      testId="route-check-form"
      onSubmit={async (v) => {
        await apiFetch(routingUrls.checks(planId), { method: 'POST', body: { customerRatePlanId: v.customerRatePlanId ?? '', ...(v.at?.trim() ? { at: v.at.trim() } : {}) } });
        await queryClient.invalidateQueries({ queryKey: routingKeys.plan(planId) });
        toast.success('Route table check started');
      }}
    />
  );
}

export function useSellPlanOptions() {
  const query = useQuery({ queryKey: routingKeys.sellPlans, queryFn: () => apiFetch<{ items: Array<{ id: string; name: string; currency: string; tenantId: string }> }>(routingUrls.sellPlans) });
  return (query.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.currency})`, tenantId: p.tenantId }));
}
