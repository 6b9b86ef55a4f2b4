import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onboardingInput } from '@/lib/auth/services/save-onboarding';
import { billingCurrencies, isBillingCurrency, NON_BILLING_CODES } from './currencies';

/** The ISO 4217 List One XML that the currency-codes package ships with its data. */
function listOne(): Array<{ code: string; fund: boolean; minorUnits: string }> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('currency-codes/package.json'));
  const xml = fs.readFileSync(path.join(dir, 'iso-4217-list-one.xml'), 'utf8');
  return [...xml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)].flatMap(([, entry]) => {
    const code = /<Ccy>([A-Z]{3})<\/Ccy>/.exec(entry!)?.[1];
    return code ? [{ code, fund: entry!.includes('IsFund="true"'), minorUnits: /<CcyMnrUnts>([^<]*)</.exec(entry!)?.[1] ?? '' }] : [];
  });
}

describe('billing currencies', () => {
  it('are active ISO 4217 currencies: no withdrawn codes, funds or units of account', () => {
    const codes = billingCurrencies.map((c) => c.code);
    for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'XOF', 'XAF', 'ZWG', 'SLE', 'VES']) expect(codes).toContain(code);
    for (const code of ['HRK', 'XDR', 'XSU', 'XAU', 'XTS', 'XXX', 'XUA', 'CHE', 'USN', 'ZWL', 'SLL']) expect(codes).not.toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const c of billingCurrencies) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.name.length).toBeGreaterThan(1);
    }
  });

  it('leave out exactly the fund codes and the codes without minor units of the shipped List One', () => {
    const entries = listOne();
    expect(entries.length).toBeGreaterThan(150);
    const nonCurrencies = new Set(entries.filter((e) => e.fund || e.minorUnits === 'N.A.').map((e) => e.code));
    expect([...NON_BILLING_CODES].sort()).toEqual([...nonCurrencies].sort());
    const active = new Set(entries.map((e) => e.code));
    expect(billingCurrencies.map((c) => c.code).sort()).toEqual([...active].filter((c) => !nonCurrencies.has(c)).sort());
  });

  it('are the only codes the onboarding step accepts', () => {
    const parse = (billingCurrency: string) => onboardingInput.safeParse({ step: 'currency', billingCurrency });
    expect(parse('EUR').success).toBe(true);
    expect(parse(' usd ').success).toBe(true);
    for (const code of ['HRK', 'XDR', 'XSU', 'XAU', 'XXX', 'CHW', 'ZWL', 'EURO', '']) expect(parse(code).success, code).toBe(false);
    expect(isBillingCurrency('EUR')).toBe(true);
    expect(isBillingCurrency('eur')).toBe(false); // the schema upper-cases first
  });
});
