import { code as currencyByCode } from 'currency-codes';
import { scaleDecimal, unscaleDecimal } from '@/lib/exact-decimal';

/**
 * Amounts typed by people ("1,500.00", "1500.5 USD") to integer minor units and back, exactly:
 * strings and BigInt arithmetic only, never a float (docs/DECISIONS.md, money). The number of
 * decimals is the currency's ISO 4217 minor unit (USD 2, JPY 0, BHD 3).
 */

/** The ISO 4217 minor unit of a currency (decimal places); 2 for a code the list does not know. */
export function currencyExponent(currency: string): number {
  const digits = currencyByCode(currency.toUpperCase())?.digits;
  return typeof digits === 'number' && digits >= 0 ? digits : 2;
}

export type AmountParse = { ok: true; minor: number } | { ok: false; error: string };

/** Digits with optional thousands commas in groups of three, then an optional decimal part. */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;
const CODE = /^([A-Za-z]{3})\s*(.*)$|^(.*?)\s*([A-Za-z]{3})$/;

/**
 * Parses a non-negative amount in `currency` to minor units. Accepts thousands commas ("1,500.00"),
 * and the currency code before or after the number ("1,500.00 USD"); refuses a different code, a
 * sign, more decimals than the currency has, and anything above `max` minor units, saying why.
 */
export function parseAmountToMinor(text: string, currency: string, max: number = Number.MAX_SAFE_INTEGER): AmountParse {
  const cur = currency.toUpperCase();
  let body = text.trim();
  if (!body) return { ok: false, error: 'enter an amount' };
  const coded = CODE.exec(body);
  const code = coded ? (coded[1] ?? coded[4])!.toUpperCase() : null;
  if (coded && code && currencyByCode(code)) {
    if (code !== cur) return { ok: false, error: `the amount is in ${code}, but the account is billed in ${cur}` };
    body = (coded[2] ?? coded[3])!.trim();
  }
  if (body.startsWith('-')) return { ok: false, error: 'must be zero or more' };
  const m = AMOUNT.exec(body);
  if (!m) return { ok: false, error: `enter an amount such as ${example(cur)}` };
  const exponent = currencyExponent(cur);
  const fraction = m[2] ?? '';
  if (fraction.length > exponent)
    return { ok: false, error: exponent === 0 ? `${cur} has no decimal places` : `${cur} has ${exponent} decimal place${exponent === 1 ? '' : 's'}: ${fraction.length} given` };
  const minor = scaleDecimal(m[1]!.replaceAll(',', ''), fraction, exponent);
  if (minor > BigInt(max)) return { ok: false, error: `is too large (at most ${formatMinorAmount(max, cur)})` };
  return { ok: true, minor: Number(minor) };
}

/** Integer minor units as the plain decimal string of the currency ("150000" USD -> "1500.00"), exactly. */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount of minor units: ${minor}`);
  return unscaleDecimal(minor, currencyExponent(currency));
}

/** For display: "1,500.00 USD" (grouped, every decimal of the currency, code after), exactly. */
export function formatMinorAmount(minor: number, currency: string): string {
  const cur = currency.toUpperCase();
  const [whole, fraction] = minorToDecimal(minor, cur).split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const grouped = whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''} ${cur}`;
}

function example(currency: string): string {
  return formatMinorAmount(150_000 * 10 ** Math.max(currencyExponent(currency) - 2, 0), currency);
}
