import { ratePlans } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { withRateErrors } from '../constraints';
import { createRatePlanSchema } from '../schemas';
import { ratePlanView, type RatePlanView } from '../views';

/** Creates a sell or buy plan in a brand (default the current one); it has no version yet. */
export async function createRatePlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createRatePlanSchema> }): Promise<RatePlanView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const data = parseInput(createRatePlanSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  return withRateErrors(() =>
    scope.run(async (tx, ctx) => {
      await getTenantRef(ctx, tenantId).catch(() => {
        throw new ValidationError([{ path: 'tenantId', message: 'choose an existing brand' }]);
      });
      const [row] = await tx
        .insert(ratePlans)
        .values({ tenantId, name: data.name, kind: data.kind, currency: data.currency, precision: data.precision, rounding: data.rounding, description: data.description })
        .returning();
      await recordAudit(tx, ctx, { entity: 'rate_plan', entityId: row!.id, action: 'create', after: row, tenantId });
      return ratePlanView(row!);
    }),
  );
}
