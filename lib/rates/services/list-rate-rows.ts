import { and, eq, sql } from 'drizzle-orm';
import { ratePlanRows } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, escapeLike, paginate, parseListQuery } from '@/lib/pagination';
import { ratesScope } from '../access';
import { rateRowView } from '../views';
import { loadVersion } from './load';

/** Rows are searched, never loaded whole: `q` of digits = prefix-of match, else destination contains. */
export const rateRowListSpec = defineListSpec<'prefix' | 'destination', 'blocked'>({
  sortable: { prefix: ratePlanRows.prefix, destination: ratePlanRows.destination },
  defaultSort: 'prefix',
  filters: { blocked: { column: ratePlanRows.blocked, values: ['true', 'false'] } },
  maxLimit: 100,
});

/**
 * The typeahead behind a prefix/destination search (search + limit + cursor): a `q` of digits
 * ("+44 20" -> "4420") matches rows whose prefix starts with it (btree text_pattern_ops index); any
 * other `q` matches destination names containing it, case-insensitive (trigram index).
 */
export function rowSearch(q: string | null) {
  if (!q) return undefined;
  const digits = q.replace(/[\s().+-]/g, '');
  if (/^[0-9]+$/.test(digits)) return sql`${ratePlanRows.prefix} like ${`${digits}%`}`;
  return sql`lower(${ratePlanRows.destination}) like ${`%${escapeLike(q.toLowerCase())}%`}`;
}

/** The rows of one version (keyset by prefix or destination), with the typeahead search. */
export async function listRateRows({ ctx, input }: { ctx: Ctx; input: { versionId: string; query: URLSearchParams } }) {
  const scope = await ratesScope(ctx, 'rates.read');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.versionId)) throw new ValidationError([{ path: 'versionId', message: 'must be a rate plan version id' }]);
  const query = parseListQuery(input.query, rateRowListSpec);
  const page = await scope.run(async (tx) => {
    await loadVersion(tx, input.versionId);
    return paginate(query, { id: ratePlanRows.id }, (k) =>
      tx
        .select({ row: ratePlanRows, ...k.select })
        .from(ratePlanRows)
        .where(and(eq(ratePlanRows.versionId, input.versionId), rowSearch(query.q), k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => rateRowView(i.row)) };
}
