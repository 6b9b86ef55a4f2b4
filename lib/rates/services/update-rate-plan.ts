import { and, eq, ne } from 'drizzle-orm';
import { rateImportRuleSets, ratePlans, ratePlanVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { updateRatePlanSchema } from '../schemas';
import { ratePlanView, type RatePlanView } from '../views';
import { loadPlan } from './load';

/** Changes a plan's name, precision, rounding, description, import rule set (buy plans); its currency only while nothing was published. Its kind never changes. */
export async function updateRatePlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateRatePlanSchema> }): Promise<RatePlanView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id, ...changes } = parseInput(updateRatePlanSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadPlan(tx, id, true);
      if (changes.currency && changes.currency !== before.currency) {
        const [published] = await tx.select({ id: ratePlanVersions.id }).from(ratePlanVersions).where(and(eq(ratePlanVersions.planId, id), ne(ratePlanVersions.status, 'draft'))).limit(1);
        if (published) throw new ValidationError([{ path: 'currency', message: `plan ${before.name} has published versions in ${before.currency}: create a new plan for another currency` }]);
      }
      if (changes.importRuleSetId) {
        if (before.kind !== 'buy') throw new ValidationError([{ path: 'importRuleSetId', message: `plan ${before.name} is a sell plan: import rules check supplier (buy) decks` }]);
        const [ruleSet] = await tx.select({ tenantId: rateImportRuleSets.tenantId }).from(rateImportRuleSets).where(eq(rateImportRuleSets.id, changes.importRuleSetId));
        if (ruleSet?.tenantId !== before.tenantId) throw new ValidationError([{ path: 'importRuleSetId', message: 'choose an import rule set of the plan’s brand' }]);
      }
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (!Object.keys(set).length) return ratePlanView(before);
      const [after] = await tx.update(ratePlans).set(set).where(eq(ratePlans.id, id)).returning();
      await recordAudit(tx, ctx, { entity: 'rate_plan', entityId: id, action: 'update', before, after, tenantId: before.tenantId });
      return ratePlanView(after!);
    }),
  );
}
