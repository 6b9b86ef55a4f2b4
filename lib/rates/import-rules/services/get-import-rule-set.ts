import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { ruleSetIdSchema } from '../schemas';
import type { RuleSetView } from '../views';
import { ruleSetDetail } from './detail';
import { loadRuleSet } from './load';

/** One rule set with every rule and the number of supplier plans that use it. */
export async function getImportRuleSet({ ctx, input }: { ctx: Ctx; input: InputOf<typeof ruleSetIdSchema> }): Promise<RuleSetView> {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(ruleSetIdSchema, input);
  return scope.run(async (tx) => ruleSetDetail(tx, await loadRuleSet(tx, id)));
}
