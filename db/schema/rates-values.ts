/** Leaf constants of the rate plans (db/schema/rates.ts and lib/rates share them). */
export const ratePlanKinds = ['sell', 'buy'] as const;
export type RatePlanKind = (typeof ratePlanKinds)[number];
/** How a per-call charge is rounded to the plan's precision (rating, later). */
export const roundingModes = ['up', 'down', 'half_up', 'half_even'] as const;
export type RoundingMode = (typeof roundingModes)[number];
export const ratePlanVersionStatuses = ['draft', 'published', 'superseded'] as const;
export type RatePlanVersionStatus = (typeof ratePlanVersionStatuses)[number];
/** Rates are integers in micro-units of the plan currency: 1 EUR = 1,000,000 micro. */
export const MICRO_PER_UNIT = 1_000_000;
/** Largest rate / fee / minimum: 1,000,000 currency units (exact in a JSON number). */
export const MAX_RATE_MICRO = 1_000_000_000_000;
/** Longest prefix (E.164 numbers are at most 15 digits). */
export const MAX_PREFIX_DIGITS = 15;
/** Longest increment: one hour. */
export const MAX_INCREMENT_SECONDS = 3600;
