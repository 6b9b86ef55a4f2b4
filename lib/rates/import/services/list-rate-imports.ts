import { and, eq } from 'drizzle-orm';
import { rateImports } from '@/db/schema';
import { rateImportStatuses } from '@/db/schema/rate-imports-values';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput } from '@/lib/validation';
import { ratesScope } from '../../access';
import { loadPlan } from '../../services/load';
import { importPlanSchema } from '../schemas';
import { rateImportView } from '../views';

export const rateImportListSpec = defineListSpec<'createdAt', 'status'>({
  sortable: { createdAt: rateImports.createdAt },
  defaultSort: '-createdAt',
  filters: { status: { column: rateImports.status, values: rateImportStatuses } },
  maxLimit: 50,
});

/** A plan's deck imports, newest first (keyset, max 50): the plan page's Imports tab. */
export async function listRateImports({ ctx, input }: { ctx: Ctx; input: { planId: string; query: URLSearchParams } }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const { planId } = parseInput(importPlanSchema, { planId: input.planId });
  const query = parseListQuery(input.query, rateImportListSpec);
  const page = await scope.run(async (tx) => {
    await loadPlan(tx, planId);
    return paginate(query, { id: rateImports.id }, (k) =>
      tx
        .select({ row: rateImports, ...k.select })
        .from(rateImports)
        .where(and(eq(rateImports.planId, planId), query.where, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => rateImportView(i.row, null)) };
}
