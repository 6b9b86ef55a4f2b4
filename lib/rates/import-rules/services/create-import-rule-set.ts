import { rateImportRuleSets } from '@/db/schema';
import type { ImportRuleKind } from '@/db/schema/rates-values';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { withRateErrors } from '../../constraints';
import { createRuleSetSchema, DEFAULT_RULES, storedRules, type StoredRule } from '../schemas';
import type { RuleSetView } from '../views';
import { ruleSetDetail } from './detail';
import { writeRules } from './load';

/** Creates a supplier import rule set in a brand (default the current one): every rule stored, the ones not given at their defaults. */
export async function createImportRuleSet({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createRuleSetSchema> }): Promise<RuleSetView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const data = parseInput(createRuleSetSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      await getTenantRef(ctx, tenantId).catch(() => {
        throw new ValidationError([{ path: 'tenantId', message: 'choose an existing brand' }]);
      });
      const [set] = await tx.insert(rateImportRuleSets).values({ tenantId, name: data.name, description: data.description }).returning();
      const rules: Record<ImportRuleKind, StoredRule> = { ...DEFAULT_RULES, ...storedRules(data.rules) };
      await writeRules(tx, set!, rules);
      await recordAudit(tx, ctx, { entity: 'rate_import_rule_set', entityId: set!.id, action: 'create', after: { ...set, rules }, tenantId });
      return ruleSetDetail(tx, set!);
    }),
  );
}
