import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { ratePlanRows } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { paginate, parseListQuery } from '@/lib/pagination';
import { ratePlanView } from '../views';
import { rateRowView } from '../views';
import { rateRowListSpec, rowSearch } from './list-rate-rows';
import { customerPlanOf } from './customer-plan';

export const myRatesWhen = ['current', 'upcoming'] as const;
export type MyRatesWhen = (typeof myRatesWhen)[number];

/**
 * Which rows of the published version a customer sees: `current` = effective now (from <= now <
 * to), `upcoming` = effective later (from > now: the rate changes already announced). The clock is
 * the database's (one `now()` per transaction).
 */
export function whenFilter(when: MyRatesWhen) {
  return when === 'upcoming'
    ? gt(ratePlanRows.effectiveFrom, sql`now()`)
    : and(lte(ratePlanRows.effectiveFrom, sql`now()`), or(isNull(ratePlanRows.effectiveTo), gt(ratePlanRows.effectiveTo, sql`now()`)));
}

export function parseWhen(query: URLSearchParams): MyRatesWhen {
  const raw = query.get('when') ?? 'current';
  if (!(myRatesWhen as readonly string[]).includes(raw)) throw new ValidationError([{ path: 'when', message: 'must be current or upcoming' }]);
  return raw as MyRatesWhen;
}

/**
 * The rates of the caller's customer account: its assigned sell plan's published version, current
 * or upcoming rows, typeahead by prefix or destination, keyset pages. `plan` is null (and no rows)
 * when the account has no published plan assigned.
 */
export async function listMyRates({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  assertPermission(ctx, 'portal.use');
  const when = parseWhen(input);
  const query = parseListQuery(input, rateRowListSpec);
  return tenantTx(ctx, ctx.tenant.id, async (tx, ctx) => {
    const mine = await customerPlanOf(tx, ctx);
    if (!mine) return { plan: null, version: null, items: [], pageInfo: { nextCursor: null, prevCursor: null, limit: query.limit } };
    const page = await paginate(query, { id: ratePlanRows.id }, (k) =>
      tx
        .select({ row: ratePlanRows, ...k.select })
        .from(ratePlanRows)
        .where(and(eq(ratePlanRows.versionId, mine.versionId), whenFilter(when), rowSearch(query.q), k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
    return {
      plan: ratePlanView(mine.plan),
      version: { id: mine.versionId, number: mine.versionNumber, publishedAt: mine.publishedAt?.toISOString() ?? null },
      ...page,
      items: page.items.map((i) => rateRowView(i.row)),
    };
  });
}
