'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { FormDialog, toNumber, type FormFieldSpec } from '@/components/class4/class4-ui';
import { ApiError, apiFetch } from '@/lib/api-client';
import { billingCurrencies } from '@/lib/billing/currencies';
import type { RuleSetView } from '@/lib/rates/import-rules/views';
import type { RatePlanView, RateRowView } from '@/lib/rates/views';
import { ratesKeys, ratesPages, ratesUrls, ruleSetKeys, ruleSetUrls } from './api';
import { roundingLabels } from './rates-ui';

const currencyOptions = billingCurrencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));
const roundingOptions = Object.entries(roundingLabels).map(([value, label]) => ({ value, label }));

/** The import rule sets a buy plan of this brand may use (a brand keeps few). */
function useRuleSetOptions(plan: RatePlanView | undefined, open: boolean) {
  const enabled = open && plan?.kind === 'buy';
  const query = useQuery({ queryKey: [...ruleSetKeys.all, 'brand', plan?.tenantId], queryFn: () => apiFetch<{ items: RuleSetView[] }>(ruleSetUrls.ofBrand(plan!.tenantId)), enabled });
  return [{ value: '', label: 'None (decks are not checked)' }, ...(query.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))];
}

/** Create a plan (name, kind, currency, precision, rounding) or edit one (kind is fixed; a buy plan also picks its import rules). */
export function PlanFormDialog({ open, onOpenChange, plan }: { open: boolean; onOpenChange: (open: boolean) => void; plan?: RatePlanView }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const ruleSetOptions = useRuleSetOptions(plan, open);
  const fields: FormFieldSpec[] = [
    { name: 'name', label: 'Name' },
    ...(plan
      ? []
      : [
          {
            name: 'kind',
            label: 'Kind',
            kind: 'select' as const,
            options: [
              { value: 'sell', label: 'Sell (customer plan)' },
              { value: 'buy', label: 'Buy (supplier plan)' },
            ],
          },
        ]),
    { name: 'currency', label: 'Currency', kind: 'select', options: currencyOptions, description: plan ? 'Fixed once a version is published.' : undefined },
    { name: 'precision', label: 'Precision (decimals)', kind: 'number', description: 'Decimals a per-call charge is rounded to, 0 to 6.' },
    { name: 'rounding', label: 'Rounding', kind: 'select', options: roundingOptions },
    { name: 'description', label: 'Description', kind: 'textarea' },
    ...(plan?.kind === 'buy'
      ? [{ name: 'importRuleSetId', label: 'Import rules', kind: 'select' as const, options: ruleSetOptions, description: 'The business rules each deck imported into this plan is checked against (Rates → Import rules).' }]
      : []),
  ];
  const initial: Record<string, string> = plan
    ? { name: plan.name, currency: plan.currency, precision: String(plan.precision), rounding: plan.rounding, description: plan.description, importRuleSetId: plan.importRuleSetId ?? '' }
    : { kind: 'sell', currency: 'USD', precision: '4', rounding: 'up', description: '' };
  return (
    <FormDialog
      key={plan?.updatedAt ?? 'new'}
      open={open}
      onOpenChange={onOpenChange}
      title={plan ? 'Edit rate plan' : 'New rate plan'}
      description={plan ? 'Name, currency, precision and rounding of the plan.' : 'A sell plan rates customers, a buy plan rates a supplier. Rows go into its first draft version.'}
      fields={fields}
      initial={initial}
      submitLabel={plan ? 'Save' : 'Create plan'}
      testId="rate-plan-form"
      onSubmit={async (v) => {
        const common = { name: v.name ?? '', currency: v.currency, precision: toNumber(v.precision), rounding: v.rounding, description: v.description ?? '' };
        if (plan) {
          if (plan.kind === 'buy') Object.assign(common, { importRuleSetId: v.importRuleSetId || null });
          // Only what changed: a currency resent unchanged after publishing would still be refused.
          const body = Object.fromEntries(Object.entries(common).filter(([k, val]) => val !== (plan as Record<string, unknown>)[k]));
          await apiFetch<RatePlanView>(ratesUrls.plan(plan.id), { method: 'PATCH', body });
          await queryClient.invalidateQueries({ queryKey: ratesKeys.plans });
          toast.success('Rate plan saved');
          return;
        }
        const saved = await apiFetch<RatePlanView>(ratesUrls.plans, { method: 'POST', body: { ...common, kind: v.kind } });
        await queryClient.invalidateQueries({ queryKey: ratesKeys.plans });
        toast.success('Rate plan created');
        router.push(ratesPages.plan(saved.id));
      }}
    />
  );
}

const rowFields: FormFieldSpec[] = [
  { name: 'prefix', label: 'Prefix', description: 'Digits only, country code first (e.g. 447 for UK mobile).' },
  { name: 'destination', label: 'Destination' },
  { name: 'rate', label: 'Rate per minute', description: 'A decimal such as 0.0125 (up to 6 decimals).' },
  { name: 'connectionFee', label: 'Connection fee' },
  { name: 'initialIncrement', label: 'Initial increment (s)', kind: 'number' },
  { name: 'subsequentIncrement', label: 'Subsequent increment (s)', kind: 'number' },
  { name: 'minimumCharge', label: 'Minimum charge' },
  { name: 'effectiveFrom', label: 'Effective from', description: 'ISO 8601, e.g. 2026-01-01T00:00:00Z.' },
  { name: 'effectiveTo', label: 'Effective to', description: 'Empty = open-ended.' },
  { name: 'blocked', label: 'Blocked (calls to this prefix are refused)', kind: 'checkbox' },
];

/** The add endpoint answers problems as rows.0.<field>: shown under the field of this one-row form. */
function unwrapRowProblems(e: unknown): never {
  if (e instanceof ApiError && e.problems.length) throw new ApiError(e.status, e.code, e.message, e.problems.map((p) => ({ ...p, path: p.path.replace(/^rows\.0\./, '') })), e.requestId);
  throw e;
}

/** Add a row to a draft, or edit one of its rows. */
export function RowFormDialog({ open, onOpenChange, versionId, row }: { open: boolean; onOpenChange: (open: boolean) => void; versionId: string; row?: RateRowView }) {
  const queryClient = useQueryClient();
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const initial = row
    ? {
        prefix: row.prefix,
        destination: row.destination,
        rate: row.rate,
        connectionFee: row.connectionFee,
        initialIncrement: String(row.initialIncrement),
        subsequentIncrement: String(row.subsequentIncrement),
        minimumCharge: row.minimumCharge,
        effectiveFrom: row.effectiveFrom,
        effectiveTo: row.effectiveTo ?? '',
        blocked: String(row.blocked),
      }
    : { prefix: '', destination: '', rate: '', connectionFee: '0', initialIncrement: '60', subsequentIncrement: '60', minimumCharge: '0', effectiveFrom: today, effectiveTo: '', blocked: 'false' };
  return (
    <FormDialog
      key={row?.id ?? `new-${String(open)}`}
      open={open}
      onOpenChange={onOpenChange}
      title={row ? `Edit ${row.prefix} ${row.destination}` : 'Add rate row'}
      description="A prefix and its rate in this draft. Nothing changes for calls until the draft is published."
      fields={rowFields}
      initial={initial}
      submitLabel={row ? 'Save row' : 'Add row'}
      testId="rate-row-form"
      onSubmit={async (v) => {
        const body = {
          prefix: (v.prefix ?? '').trim(),
          destination: v.destination ?? '',
          rate: (v.rate ?? '').trim(),
          connectionFee: (v.connectionFee ?? '').trim() || '0',
          initialIncrement: toNumber(v.initialIncrement),
          subsequentIncrement: toNumber(v.subsequentIncrement),
          minimumCharge: (v.minimumCharge ?? '').trim() || '0',
          effectiveFrom: (v.effectiveFrom ?? '').trim(),
          effectiveTo: (v.effectiveTo ?? '').trim() || null,
          blocked: v.blocked === 'true',
        };
        if (row) await apiFetch<RateRowView>(ratesUrls.row(row.id), { method: 'PATCH', body });
        else await apiFetch(ratesUrls.rows(versionId), { method: 'POST', body: { rows: [body] } }).catch(unwrapRowProblems);
        await queryClient.invalidateQueries({ queryKey: ratesKeys.allRows });
        await queryClient.invalidateQueries({ queryKey: ratesKeys.plans });
        toast.success(row ? 'Row saved' : 'Row added');
      }}
    />
  );
}
