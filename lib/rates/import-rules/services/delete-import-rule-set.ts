import { eq } from 'drizzle-orm';
import { rateImportRuleSets, ratePlans } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { RateRuleError, withRateErrors } from '../../constraints';
import { ruleSetIdSchema } from '../schemas';
import { loadRuleSet, rulesOf } from './load';

/** Deletes a rule set that no supplier plan uses (refused with the plans' names otherwise, by this service and by the foreign key). */
export async function deleteImportRuleSet({ ctx, input }: { ctx: Ctx; input: InputOf<typeof ruleSetIdSchema> }): Promise<{ id: string; deleted: true }> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id } = parseInput(ruleSetIdSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadRuleSet(tx, id, true);
      const users = await tx.select({ name: ratePlans.name }).from(ratePlans).where(eq(ratePlans.importRuleSetId, id)).orderBy(ratePlans.name).limit(6);
      if (users.length) {
        const names = users.slice(0, 5).map((p) => p.name).join(', ') + (users.length > 5 ? ', …' : '');
        throw new RateRuleError('rate_plans_import_rule_set_fk', `rule set ${before.name} is used by ${names}`);
      }
      const rules = await rulesOf(tx, id);
      await tx.delete(rateImportRuleSets).where(eq(rateImportRuleSets.id, id));
      await recordAudit(tx, ctx, { entity: 'rate_import_rule_set', entityId: id, action: 'delete', before: { ...before, rules }, tenantId: before.tenantId });
      return { id, deleted: true as const };
    }),
  );
}
