import { data as iso4217 } from 'currency-codes';

/**
 * ISO 4217 codes that are not currencies anyone is billed in. In the List One that `currency-codes`
 * ships (iso-4217-list-one.xml), these are the fund codes (IsFund="true": Mvdol, WIR, UF, UDI,
 * US Dollar next day, ...) and the codes without minor units (gold, silver, platinum, palladium,
 * bond-market units, SDR, Sucre, the ADB unit of account, the testing code, "no currency").
 * currencies.test.ts re-derives this set from that XML, so a data update cannot slip one in.
 */
export const NON_BILLING_CODES: ReadonlySet<string> = new Set([
  'BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI',
  'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX',
]);

export type BillingCurrency = { code: string; name: string };

/**
 * The currencies an account may be billed in: the active ISO 4217 currencies (withdrawn codes such
 * as HRK are not in the maintained list at all), without funds and units of account, by code.
 * The onboarding wizard offers exactly these and the server accepts exactly these.
 */
export const billingCurrencies: readonly BillingCurrency[] = iso4217
  .filter((c) => !NON_BILLING_CODES.has(c.code))
  .map((c) => ({ code: c.code, name: c.currency }))
  .sort((a, b) => a.code.localeCompare(b.code));

const codes = new Set(billingCurrencies.map((c) => c.code));

export function isBillingCurrency(code: string): boolean {
  return codes.has(code);
}
