import { eq, sql } from 'drizzle-orm';
import { rateImportRuleSets } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { withRateErrors } from '../../constraints';
import { storedRules, updateRuleSetSchema } from '../schemas';
import type { RuleSetView } from '../views';
import { ruleSetDetail } from './detail';
import { loadRuleSet, rulesOf, writeRules } from './load';

/** Renames a rule set or changes some of its rules (each rule given replaces that rule). Imports already processed keep their report. */
export async function updateImportRuleSet({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateRuleSetSchema> }): Promise<RuleSetView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id, rules, ...changes } = parseInput(updateRuleSetSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRuleSet(tx, id, true);
      const beforeRules = await rulesOf(tx, id);
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [after] = await tx
        .update(rateImportRuleSets)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(rateImportRuleSets.id, id))
        .returning();
      if (rules) await writeRules(tx, after!, storedRules(rules));
      await recordAudit(tx, ctx, { entity: 'rate_import_rule_set', entityId: id, action: 'update', before: { ...before, rules: beforeRules }, after: { ...after, rules: await rulesOf(tx, id) }, tenantId: before.tenantId });
      return ruleSetDetail(tx, after!);
    }),
  );
}
