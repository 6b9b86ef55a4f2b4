import { and, eq, like } from 'drizzle-orm';
import { rateChangeKinds, rateImportChanges } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, escapeLike, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput } from '@/lib/validation';
import { ratesScope } from '../../access';
import { importIdSchema } from '../schemas';
import { rateImportChangeView } from '../views';
import { loadImport } from '../load';

export const rateImportChangeListSpec = defineListSpec<'prefix', 'kind'>({
  sortable: { prefix: rateImportChanges.prefix },
  defaultSort: 'prefix',
  filters: { kind: { column: rateImportChanges.kind, values: rateChangeKinds } },
  maxLimit: 100,
});

/** Every change of an import's change set (keyset by prefix, filter by kind, `q` = prefix-of). */
export async function listRateImportChanges({ ctx, input }: { ctx: Ctx; input: { id: string; query: URLSearchParams } }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(importIdSchema, { id: input.id });
  const query = parseListQuery(input.query, rateImportChangeListSpec);
  const digits = query.q?.replace(/[\s().+-]/g, '') ?? '';
  const page = await scope.run(async (tx) => {
    await loadImport(tx, id);
    return paginate(query, { id: rateImportChanges.prefix }, (k) =>
      tx
        .select({ row: rateImportChanges, ...k.select })
        .from(rateImportChanges)
        .where(and(eq(rateImportChanges.importId, id), query.where, digits ? like(rateImportChanges.prefix, `${escapeLike(digits)}%`) : undefined, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => rateImportChangeView(i.row)) };
}
