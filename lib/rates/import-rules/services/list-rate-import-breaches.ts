import { and, eq } from 'drizzle-orm';
import { rateImportBreaches } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput } from '@/lib/validation';
import { ratesScope } from '../../access';
import { loadImport } from '../../import/load';
import { importIdSchema } from '../../import/schemas';
import { rateImportBreachView } from '../views';

export const rateImportBreachListSpec = defineListSpec<'row', 'action'>({
  sortable: { row: rateImportBreaches.row },
  defaultSort: 'row',
  filters: { action: { column: rateImportBreaches.action, values: ['alert', 'reject', 'block'] } },
  maxLimit: 100,
});

/** The supplier import rule breaches of an import, by row (keyset, enforced max; filter by action). */
export async function listRateImportBreaches({ ctx, input }: { ctx: Ctx; input: { id: string; query: URLSearchParams } }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(importIdSchema, { id: input.id });
  const query = parseListQuery(input.query, rateImportBreachListSpec);
  const page = await scope.run(async (tx) => {
    await loadImport(tx, id);
    return paginate(query, { id: rateImportBreaches.id }, (k) =>
      tx
        .select({ row: rateImportBreaches, ...k.select })
        .from(rateImportBreaches)
        .where(and(eq(rateImportBreaches.importId, id), query.where, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => rateImportBreachView(i.row)) };
}
