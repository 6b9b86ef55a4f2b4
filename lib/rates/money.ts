import { MAX_RATE_MICRO } from '@/db/schema/rates-values';
import { scaleDecimal, unscaleDecimal } from '@/lib/exact-decimal';

/**
 * Rates as exact decimal strings <-> integer micro-units (6 decimals: "0.0125" = 12500), with
 * strings and BigInt only, never a float (docs/DECISIONS.md, money).
 */
export const MICRO_DECIMALS = 6;
const RATE = /^(\d{1,13})(?:\.(\d{1,6}))?$/;

export type RateParse = { ok: true; micro: number } | { ok: false; error: string };

/** "0.0125" -> 12500; refuses signs, exponents, more than 6 decimals and more than MAX_RATE_MICRO. */
export function parseRateToMicro(text: string, max: number = MAX_RATE_MICRO): RateParse {
  const body = text.trim();
  if (!body) return { ok: false, error: 'enter a rate such as 0.0125' };
  if (body.startsWith('-')) return { ok: false, error: 'must be zero or more' };
  const m = RATE.exec(body);
  if (!m) {
    const decimals = /^\d+\.(\d+)$/.exec(body)?.[1]?.length;
    if (decimals && decimals > MICRO_DECIMALS) return { ok: false, error: `at most ${MICRO_DECIMALS} decimal places (${decimals} given)` };
    return { ok: false, error: 'enter a rate such as 0.0125 (digits and one decimal point)' };
  }
  const micro = scaleDecimal(m[1]!, m[2] ?? '', MICRO_DECIMALS);
  if (micro > BigInt(max)) return { ok: false, error: `is too large (at most ${microToDecimal(max)})` };
  return { ok: true, micro: Number(micro) };
}

/** 12500 -> "0.012500" (always 6 decimals), exactly. */
export function microToDecimal(micro: number): string {
  if (!Number.isSafeInteger(micro) || micro < 0) throw new RangeError(`not a non-negative integer of micro-units: ${micro}`);
  return unscaleDecimal(micro, MICRO_DECIMALS);
}
