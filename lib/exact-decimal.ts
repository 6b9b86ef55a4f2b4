/**
 * Exact decimal strings <-> scaled integers (BigInt only, never a float): the one place that does
 * the arithmetic for amounts in minor units (lib/billing/amounts.ts, scale = the currency's
 * exponent) and rates in micro-units (lib/rates/money.ts, scale 6). Callers validate the text and
 * say what is wrong in their own words; these only scale digits they have already matched.
 */

/** "1500" + "5" at scale 2 -> 150050n. `whole` and `fraction` are digit strings; `fraction` has at most `scale` digits. */
export function scaleDecimal(whole: string, fraction: string, scale: number): bigint {
  if (fraction.length > scale) throw new RangeError(`${fraction.length} decimals at scale ${scale}`);
  return BigInt(whole || '0') * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
}

/** 150050 at scale 2 -> "1500.50"; -5 at scale 2 -> "-0.05"; scale 0 -> plain digits. Every decimal of the scale is written. */
export function unscaleDecimal(value: number | bigint, scale: number): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`not an exact integer: ${value}`);
  const n = BigInt(value);
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  const sign = n < 0n ? '-' : '';
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
