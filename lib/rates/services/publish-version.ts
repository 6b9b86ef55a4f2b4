import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { idInputSchema } from '../schemas';
import { ratePlanVersionView, type RatePlanVersionView } from '../views';
import { publishDraftInTx } from './publish-draft';

/**
 * Publishes a draft, atomically: in one transaction the published version (if any) becomes
 * superseded and the draft published; audited, and `rate_plan.published` is queued with it. From
 * then on the version never changes (service and database triggers).
 */
export async function publishRatePlanVersion({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<RatePlanVersionView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const { id } = parseInput(idInputSchema, input);
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      const { version, rowCount } = await publishDraftInTx(tx, ctx, id);
      return ratePlanVersionView(version, rowCount);
    }),
  );
}
