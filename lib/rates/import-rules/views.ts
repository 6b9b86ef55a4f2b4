import 'server-only';
import type { ImportRuleKind } from '@/db/schema/rates-values';
import type { RateImportBreachRow, RateImportRuleRow, RateImportRuleSetRow } from '@/db/schema';
import { unscaleDecimal } from '@/lib/exact-decimal';
import { DEFAULT_RULES, ruleFieldOf, type StoredRule } from './schemas';

const ruleView = (kind: ImportRuleKind, r: StoredRule) => {
  if (kind.endsWith('_notice')) return { days: r.threshold ?? 0, action: r.action };
  if (kind.startsWith('max_')) return { percent: unscaleDecimal(r.threshold ?? 0, 2), action: r.action };
  return { allowed: r.allowed ?? [], action: r.action };
};

type RulesView = {
  increaseNotice: { days: number; action: StoredRule['action'] };
  decreaseNotice: { days: number; action: StoredRule['action'] };
  newNotice: { days: number; action: StoredRule['action'] };
  maxIncrease: { percent: string; action: StoredRule['action'] };
  maxDecrease: { percent: string; action: StoredRule['action'] };
  initialIncrements: { allowed: number[]; action: StoredRule['action'] };
  subsequentIncrements: { allowed: number[]; action: StoredRule['action'] };
};

export type RuleSetView = ReturnType<typeof ruleSetView>;
/** A rule set with every rule (a kind missing from the rows reads as its default), percents as exact strings. */
export const ruleSetView = (s: RateImportRuleSetRow, rules: RateImportRuleRow[], planCount?: number) => {
  const byKind = new Map(rules.map((r) => [r.rule, r]));
  const view = Object.fromEntries(
    (Object.keys(ruleFieldOf) as ImportRuleKind[]).map((kind) => [ruleFieldOf[kind], ruleView(kind, byKind.get(kind) ?? DEFAULT_RULES[kind])]),
  ) as RulesView;
  return {
    id: s.id,
    tenantId: s.tenantId,
    name: s.name,
    description: s.description,
    rules: view,
    ...(planCount === undefined ? {} : { planCount }),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
};

export type RateImportBreachView = ReturnType<typeof rateImportBreachView>;
export const rateImportBreachView = (b: RateImportBreachRow) => ({ id: b.id, row: b.row, prefix: b.prefix, rule: ruleFieldOf[b.rule], action: b.action, detail: b.detail });
