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
/**
 * Supplier import rules (issue 13 item 4, Digitalk's Business Rules): what a rule checks on each
 * deck row against the live rate. Notice rules: days between the deck's arrival and the row's
 * effective date; max change rules: basis points of a percent; increment rules: allowed seconds.
 */
export const importRuleKinds = ['increase_notice', 'decrease_notice', 'new_notice', 'max_increase', 'max_decrease', 'initial_increments', 'subsequent_increments'] as const;
export type ImportRuleKind = (typeof importRuleKinds)[number];
/** none: not applied; alert: imported and flagged; reject: not imported (the live rate stays); block: imported blocked. */
export const importRuleActions = ['none', 'alert', 'reject', 'block'] as const;
export type ImportRuleAction = (typeof importRuleActions)[number];
export const noticeRuleKinds = ['increase_notice', 'decrease_notice', 'new_notice'] as const;
export const changeRuleKinds = ['max_increase', 'max_decrease'] as const;
export const incrementRuleKinds = ['initial_increments', 'subsequent_increments'] as const;
/** Longest notice a rule asks for, in days. */
export const MAX_NOTICE_DAYS = 365;
/** Largest change limit: 10,000 % in basis points. */
export const MAX_CHANGE_BP = 1_000_000;
/** Most increments one rule allows. */
export const MAX_ALLOWED_INCREMENTS = 20;
