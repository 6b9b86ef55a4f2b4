import { asc, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateImportRules, ratePlans, type RateImportRuleSetRow } from '@/db/schema';
import { ruleSetView, type RuleSetView } from '../views';

/** The set as the API shows it, with the number of supplier plans that use it. */
export async function ruleSetDetail(tx: Tx, set: RateImportRuleSetRow): Promise<RuleSetView> {
  const rules = await tx.select().from(rateImportRules).where(eq(rateImportRules.ruleSetId, set.id)).orderBy(asc(rateImportRules.rule));
  const [used] = await tx.select({ n: count() }).from(ratePlans).where(eq(ratePlans.importRuleSetId, set.id));
  return ruleSetView(set, rules, used?.n ?? 0);
}
