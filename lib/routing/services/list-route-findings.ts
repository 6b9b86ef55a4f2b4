import { and, eq } from 'drizzle-orm';
import { routeCheckFindings } from '@/db/schema';
import { routeFindingKinds } from '@/db/schema/routing-values';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { routingScope } from '../access';
import { routeFindingView } from '../views';
import { loadRouteCheck } from './load';

export const routeFindingListSpec = defineListSpec<'prefix', 'kind'>({
  sortable: { prefix: routeCheckFindings.prefix },
  defaultSort: 'prefix',
  filters: { kind: { column: routeCheckFindings.kind, values: routeFindingKinds } },
  maxLimit: 100,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The findings of a check by prefix (keyset), optionally of one kind. */
export async function listRouteFindings({ ctx, input }: { ctx: Ctx; input: { checkId: string; query: URLSearchParams } }) {
  const scope = await routingScope(ctx, 'class4.read');
  if (!UUID.test(input.checkId)) throw new ValidationError([{ path: 'checkId', message: 'must be a route check id' }]);
  const query = parseListQuery(input.query, routeFindingListSpec);
  const page = await scope.run(async (tx) => {
    await loadRouteCheck(tx, input.checkId);
    return paginate(query, { id: routeCheckFindings.id }, (k) =>
      tx
        .select({ row: routeCheckFindings, ...k.select })
        .from(routeCheckFindings)
        .where(and(eq(routeCheckFindings.checkId, input.checkId), k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => routeFindingView(i.row)) };
}
