/**
 * Numbers in System Status text. Pure (no imports), so client components share it with the
 * evaluator's alert messages.
 */

const MAX_DECIMALS = 6;

/** The usual precision: whole numbers from 100 up, one decimal below. */
export function defaultDecimals(value: number): number {
  return Math.abs(value) >= 100 ? 0 : 1;
}

/** Rounded to `decimals`, trailing zeros dropped ("60.04", "60", "1234"). */
export function formatNumber(value: number, decimals = defaultDecimals(value)): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}

/**
 * The fewest decimals (never fewer than the usual precision) at which a value and the threshold it is
 * compared with print differently, so "60.04 ms, above the threshold of 60 ms" never reads
 * "60 ms, above 60 ms". Equal numbers print at the usual precision; a difference finer than
 * MAX_DECIMALS decimals returns null: print the value in full.
 */
export function distinguishingDecimals(value: number, other: number): number | null {
  let decimals = Math.min(defaultDecimals(value), defaultDecimals(other));
  if (value === other) return defaultDecimals(value);
  for (; decimals <= MAX_DECIMALS; decimals++) if (formatNumber(value, decimals) !== formatNumber(other, decimals)) return decimals;
  return null;
}

/** A value printed so that it reads differently from `other` whenever it is different. */
export function formatAgainst(value: number, other: number): string {
  const decimals = distinguishingDecimals(value, other);
  if (decimals === null) return String(value);
  return formatNumber(value, Math.max(decimals, defaultDecimals(value)));
}
