import 'server-only';
import type { RateImportBreachRow, RateImportRuleRow, RateImportRuleSetRow } from '@/db/schema';
import { ruleFieldOf, rulesView, withDefaults } from './schemas';

export type RuleSetView = ReturnType<typeof ruleSetView>;
/** A rule set with every rule (a kind missing from the rows reads as its default), percents as exact strings. */
export const ruleSetView = (s: RateImportRuleSetRow, rules: RateImportRuleRow[], planCount?: number) => ({
  id: s.id,
  tenantId: s.tenantId,
  name: s.name,
  description: s.description,
  rules: rulesView(withDefaults(rules)),
  ...(planCount === undefined ? {} : { planCount }),
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export type RateImportBreachView = ReturnType<typeof rateImportBreachView>;
export const rateImportBreachView = (b: RateImportBreachRow) => ({ id: b.id, row: b.row, prefix: b.prefix, rule: ruleFieldOf[b.rule], action: b.action, detail: b.detail });
