import { z } from 'zod';
import { importRuleActions, MAX_ALLOWED_INCREMENTS, MAX_CHANGE_BP, MAX_INCREMENT_SECONDS, MAX_NOTICE_DAYS, type ImportRuleAction, type ImportRuleKind } from '@/db/schema/rates-values';
import { scaleDecimal, unscaleDecimal } from '@/lib/exact-decimal';
import { safeText } from '@/lib/validation';

/** Supplier import rule sets: inputs shared by the services, the API contracts and the console form. */

const uuid = (what: string) => z.uuid({ error: `must be ${what} id` });
const action = z.enum(importRuleActions, { error: 'choose none, alert, reject or block' });

const days = z
  .number({ error: 'enter the notice in days' })
  .int('must be a whole number of days')
  .min(0, `must be 0 to ${MAX_NOTICE_DAYS} days`)
  .max(MAX_NOTICE_DAYS, `must be 0 to ${MAX_NOTICE_DAYS} days`);

/** "25" or "12.5" -> basis points (2500, 1250), exactly; numbers are refused like rates (floats). */
const percent = z
  .string({ error: 'enter the limit as a percent string such as "25" or "12.5"' })
  .trim()
  .regex(/^[0-9]{1,5}(\.[0-9]{1,2})?$/, { error: 'must be a percent with at most 2 decimals, such as 25 or 12.5' })
  .transform((text) => {
    const [whole, fraction = ''] = text.split('.');
    return Number(scaleDecimal(whole!, fraction, 2));
  })
  .refine((bp) => bp >= 1 && bp <= MAX_CHANGE_BP, { error: `must be more than 0 and at most ${MAX_CHANGE_BP / 100} %` });

const allowed = z
  .array(z.number({ error: 'each increment must be a number of seconds' }).int('each increment must be whole seconds').min(1, 'each increment must be at least 1 second').max(MAX_INCREMENT_SECONDS, `each increment must be at most ${MAX_INCREMENT_SECONDS} seconds`), {
    error: 'list the allowed increments in seconds, e.g. [1, 6, 60]',
  })
  .min(1, 'allow at least one increment')
  .max(MAX_ALLOWED_INCREMENTS, `allow at most ${MAX_ALLOWED_INCREMENTS} increments`)
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

const noticeRule = z.strictObject({ days, action });
const changeRule = z.strictObject({ percent, action });
const incrementsRule = z.strictObject({ allowed, action });

/** API field name of each rule kind (the database keeps the snake_case kind). */
export const ruleFieldOf = {
  increase_notice: 'increaseNotice',
  decrease_notice: 'decreaseNotice',
  new_notice: 'newNotice',
  max_increase: 'maxIncrease',
  max_decrease: 'maxDecrease',
  initial_increments: 'initialIncrements',
  subsequent_increments: 'subsequentIncrements',
} as const satisfies Record<ImportRuleKind, string>;
export type RuleField = (typeof ruleFieldOf)[ImportRuleKind];

const rulesShape = {
  increaseNotice: noticeRule,
  decreaseNotice: noticeRule,
  newNotice: noticeRule,
  maxIncrease: changeRule,
  maxDecrease: changeRule,
  initialIncrements: incrementsRule,
  subsequentIncrements: incrementsRule,
};

/** A rule as stored: threshold in days or basis points, or the allowed seconds. */
export type StoredRule = { action: ImportRuleAction; threshold: number | null; allowed: number[] | null };

/**
 * Digitalk's defaults (reference/digitalk-and-decks.md a.1): an increase needs 7 days' notice (alert
 * only); the other rules are off until someone sets an action. Thresholds are prefilled so that
 * switching a rule on is one choice.
 */
export const DEFAULT_RULES: Record<ImportRuleKind, StoredRule> = {
  increase_notice: { action: 'alert', threshold: 7, allowed: null },
  decrease_notice: { action: 'none', threshold: 1, allowed: null },
  new_notice: { action: 'none', threshold: 7, allowed: null },
  max_increase: { action: 'none', threshold: 2500, allowed: null },
  max_decrease: { action: 'none', threshold: 5000, allowed: null },
  initial_increments: { action: 'none', threshold: null, allowed: [1, 6, 30, 60] },
  subsequent_increments: { action: 'none', threshold: null, allowed: [1, 6, 30, 60] },
};

const rulesInput = z.strictObject(Object.fromEntries(Object.entries(rulesShape).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof rulesShape]: z.ZodOptional<(typeof rulesShape)[K]> });
export type RulesInput = z.output<typeof rulesInput>;

const setFields = {
  name: safeText().trim().min(1, 'enter the rule set name').max(120, 'must be at most 120 characters'),
  description: safeText({ multiline: true }).max(4000, 'must be at most 4000 characters'),
};

export const createRuleSetSchema = z.strictObject({
  tenantId: uuid('a tenant').optional(),
  name: setFields.name,
  description: setFields.description.default(''),
  /** Rules left out keep the defaults (DEFAULT_RULES). */
  rules: rulesInput.default({}),
});

export const updateRuleSetSchema = z.strictObject({
  id: uuid('a rule set'),
  name: setFields.name.optional(),
  description: setFields.description.optional(),
  /** Each rule given replaces that rule; the others stay. */
  rules: rulesInput.optional(),
});

export const ruleSetIdSchema = z.strictObject({ id: uuid('a rule set') });

/** The stored form of the rules an input names. */
export function storedRules(rules: RulesInput): Partial<Record<ImportRuleKind, StoredRule>> {
  const out: Partial<Record<ImportRuleKind, StoredRule>> = {};
  for (const [kind, field] of Object.entries(ruleFieldOf) as Array<[ImportRuleKind, RuleField]>) {
    const rule = rules[field];
    if (!rule) continue;
    if ('days' in rule) out[kind] = { action: rule.action, threshold: rule.days, allowed: null };
    else if ('percent' in rule) out[kind] = { action: rule.action, threshold: rule.percent, allowed: null };
    else out[kind] = { action: rule.action, threshold: null, allowed: rule.allowed };
  }
  return out;
}

/** Every rule kind from the stored rows: a kind without a row reads as its default. */
export function withDefaults(rows: ReadonlyArray<{ rule: ImportRuleKind } & StoredRule>): Record<ImportRuleKind, StoredRule> {
  const out = { ...DEFAULT_RULES };
  for (const r of rows) out[r.rule] = { action: r.action, threshold: r.threshold, allowed: r.allowed };
  return out;
}

type Notice = { days: number; action: ImportRuleAction };
type Change = { percent: string; action: ImportRuleAction };
type Increments = { allowed: number[]; action: ImportRuleAction };
export type RulesView = {
  increaseNotice: Notice;
  decreaseNotice: Notice;
  newNotice: Notice;
  maxIncrease: Change;
  maxDecrease: Change;
  initialIncrements: Increments;
  subsequentIncrements: Increments;
};

/** The rules as the API (and the console form) show them: days, an exact percent string ("25.00"), allowed seconds. */
export function rulesView(rules: Record<ImportRuleKind, StoredRule>): RulesView {
  const one = (kind: ImportRuleKind) => {
    const r = rules[kind];
    if (kind.endsWith('_notice')) return { days: r.threshold ?? 0, action: r.action };
    if (kind.startsWith('max_')) return { percent: unscaleDecimal(r.threshold ?? 0, 2), action: r.action };
    return { allowed: r.allowed ?? [], action: r.action };
  };
  return Object.fromEntries((Object.keys(ruleFieldOf) as ImportRuleKind[]).map((kind) => [ruleFieldOf[kind], one(kind)])) as RulesView;
}
