'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { BillingCurrency } from '@/lib/billing/currencies';
import { cn } from '@/lib/utils';
import { FormAlert } from './auth-card';

export type OnboardingStepInput =
  | { step: 'company'; companyName: string }
  | { step: 'category'; customerCategory: string }
  | { step: 'currency'; billingCurrency: string }
  | { step: 'terms'; acceptTerms: boolean };

export type OnboardingActionResult = { ok: true; completed: boolean } | { ok: false; message: string };

/** The customer categories of the wizard's second step (content/docs/getting-started.md names them too). */
export const CUSTOMER_CATEGORY_OPTIONS = [
  { value: 'sip_trunk', label: 'SIP Trunk', description: 'Wholesale termination and origination over SIP trunks.' },
  { value: 'enterprise', label: 'Enterprise', description: 'Voice, numbers and PBX for a company.' },
  { value: 'call_center', label: 'Call Center', description: 'High-volume outbound and inbound campaigns.' },
  { value: 'individual', label: 'Individual', description: 'A single person or a small office.' },
] as const;

const STEPS = ['Company', 'Customer category', 'Billing currency', 'Terms'] as const;

/** The four onboarding steps; each is saved on the server before the next one shows. */
export function OnboardingWizard({
  initial,
  currencies,
  doneUrl,
  save,
}: {
  initial: { companyName: string | null; customerCategory: string | null; billingCurrency: string | null };
  /** The active ISO 4217 currencies accepted for billing (lib/billing/currencies). */
  currencies: readonly BillingCurrency[];
  doneUrl: string;
  save: (input: OnboardingStepInput) => Promise<OnboardingActionResult>;
}) {
  const firstOpen = !initial.companyName ? 0 : !initial.customerCategory ? 1 : !initial.billingCurrency ? 2 : 3;
  const [step, setStep] = useState(firstOpen);
  const [companyName, setCompanyName] = useState(initial.companyName ?? '');
  const [customerCategory, setCustomerCategory] = useState(initial.customerCategory ?? '');
  const [billingCurrency, setBillingCurrency] = useState(initial.billingCurrency ?? 'USD');
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const inputs: OnboardingStepInput[] = [
    { step: 'company', companyName },
    { step: 'category', customerCategory },
    { step: 'currency', billingCurrency },
    { step: 'terms', acceptTerms },
  ];

  async function next(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const result = await save(inputs[step]!);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (result.completed) window.location.assign(doneUrl);
    else setStep(Math.min(step + 1, STEPS.length - 1));
  }

  return (
    <form onSubmit={next} className="space-y-6" data-testid="onboarding-wizard" data-step={step + 1}>
      <ol className="flex gap-2" aria-label="Onboarding steps">
        {STEPS.map((label, i) => (
          <li key={label} className="flex-1" aria-current={i === step ? 'step' : undefined}>
            <span className={cn('block h-1.5 rounded-full', i <= step ? 'bg-primary' : 'bg-muted')} aria-hidden />
            <span className="sr-only">
              Step {i + 1} of {STEPS.length}: {label}
              {i < step ? ' (done)' : ''}
            </span>
          </li>
        ))}
      </ol>
      <h2 className="text-base font-semibold">
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>
      {error ? <FormAlert>{error}</FormAlert> : null}

      {step === 0 ? (
        <div className="grid gap-2">
          <Label htmlFor="company-name">Company name</Label>
          <Input id="company-name" autoComplete="organization" required value={companyName} onChange={(e) => setCompanyName(e.target.value)} />
        </div>
      ) : null}

      {step === 1 ? (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium">How will you use the service?</legend>
          {CUSTOMER_CATEGORY_OPTIONS.map((c) => (
            <label key={c.value} className={cn('flex cursor-pointer gap-3 rounded-md border p-3', customerCategory === c.value ? 'border-primary' : 'border-border')}>
              <input type="radio" name="customerCategory" value={c.value} checked={customerCategory === c.value} onChange={() => setCustomerCategory(c.value)} className="mt-1 accent-[var(--primary)]" />
              <span>
                <span className="block text-sm font-medium">{c.label}</span>
                <span className="block text-sm text-muted-foreground">{c.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      {step === 2 ? (
        <div className="grid gap-2">
          <Label htmlFor="billing-currency">Billing currency</Label>
          <select
            id="billing-currency"
            value={billingCurrency}
            onChange={(e) => setBillingCurrency(e.target.value)}
            className="h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {`${c.code} · ${c.name}`}
              </option>
            ))}
          </select>
          <p className="text-sm text-muted-foreground">Invoices and balances are kept in this currency.</p>
        </div>
      ) : null}

      {step === 3 ? (
        <div className="flex items-start gap-2">
          <Checkbox id="accept-terms" checked={acceptTerms} onCheckedChange={(v) => setAcceptTerms(v === true)} className="mt-0.5" />
          <Label htmlFor="accept-terms" className="font-normal leading-snug">
            I accept the terms of service and the acceptable use policy on behalf of {companyName || 'my company'}.
          </Label>
        </div>
      ) : null}

      <div className="flex justify-between gap-2">
        <Button type="button" variant="outline" disabled={step === 0 || busy} onClick={() => setStep(step - 1)}>
          Back
        </Button>
        <Button type="submit" disabled={busy} data-testid="onboarding-next">
          {busy ? 'Saving…' : step === STEPS.length - 1 ? 'Finish' : 'Continue'}
        </Button>
      </div>
    </form>
  );
}
