import { and, eq, sql } from 'drizzle-orm';
import { routeEntries, routeGroups } from '@/db/schema';
import { routeMethods } from '@/db/schema/routing-values';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { routingScope } from '../access';
import { supplierLists } from '../evaluate';
import { routeEntryView, supplierView } from '../views';
import { loadRoutingPlan } from './load';

/** Entries are searched, never loaded whole: `q` of digits = prefix starts with (btree text_pattern_ops). */
export const routeEntryListSpec = defineListSpec<'prefix', 'method'>({
  sortable: { prefix: routeEntries.prefix },
  defaultSort: 'prefix',
  filters: { method: { column: routeEntries.method, values: routeMethods } },
  maxLimit: 100,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entries of a plan by prefix (keyset), each with its supplier list (its own or its group's). */
export async function listRouteEntries({ ctx, input }: { ctx: Ctx; input: { planId: string; query: URLSearchParams } }) {
  const scope = await routingScope(ctx, 'class4.read');
  if (!UUID.test(input.planId)) throw new ValidationError([{ path: 'planId', message: 'must be a routing plan id' }]);
  const query = parseListQuery(input.query, routeEntryListSpec);
  const digits = query.q?.replace(/[\s().+-]/g, '') ?? '';
  if (query.q && !/^[0-9]{1,15}$/.test(digits)) throw new ValidationError([{ path: 'q', message: 'search by prefix: 1 to 15 digits' }]);
  return scope.run(async (tx) => {
    await loadRoutingPlan(tx, input.planId);
    const page = await paginate(query, { id: routeEntries.id }, (k) =>
      tx
        .select({ row: routeEntries, groupName: routeGroups.name, ...k.select })
        .from(routeEntries)
        .leftJoin(routeGroups, eq(routeGroups.id, routeEntries.groupId))
        .where(and(eq(routeEntries.planId, input.planId), digits ? sql`${routeEntries.prefix} like ${`${digits}%`}` : undefined, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
    const lists = await supplierLists(tx, {
      entryIds: page.items.filter((i) => !i.row.groupId).map((i) => i.row.id),
      groupIds: [...new Set(page.items.map((i) => i.row.groupId).filter((g): g is string => !!g))],
    });
    return { ...page, items: page.items.map((i) => routeEntryView(i.row, (lists.get(i.row.groupId ?? i.row.id) ?? []).map(supplierView), i.groupName)) };
  });
}
