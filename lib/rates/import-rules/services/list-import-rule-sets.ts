import { count, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { rateImportRules, rateImportRuleSets, ratePlans, type RateImportRuleRow } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { ratesScope } from '../../access';
import { ruleSetView } from '../views';

export const ruleSetListSpec = defineListSpec<'name' | 'createdAt', 'tenant'>({
  sortable: { name: rateImportRuleSets.name, createdAt: rateImportRuleSets.createdAt },
  defaultSort: 'name',
  filters: { tenant: { column: rateImportRuleSets.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) } },
  searchColumns: [rateImportRuleSets.name],
});

/** Supplier import rule sets by name (keyset), each with its rules and how many supplier plans use it. */
export async function listImportRuleSets({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const query = parseListQuery(input, ruleSetListSpec);
  return scope.run(async (tx) => {
    const page = await paginate(query, { id: rateImportRuleSets.id }, (k) =>
      tx.select({ row: rateImportRuleSets, ...k.select }).from(rateImportRuleSets).where(k.where).orderBy(...k.orderBy).limit(k.limit),
    );
    const ids = page.items.map((i) => i.row.id);
    const rules = ids.length ? await tx.select().from(rateImportRules).where(inArray(rateImportRules.ruleSetId, ids)) : [];
    const uses = ids.length
      ? await tx.select({ id: ratePlans.importRuleSetId, n: count() }).from(ratePlans).where(inArray(ratePlans.importRuleSetId, ids)).groupBy(ratePlans.importRuleSetId)
      : [];
    const rulesOf = new Map<string, RateImportRuleRow[]>();
    for (const r of rules) rulesOf.set(r.ruleSetId, [...(rulesOf.get(r.ruleSetId) ?? []), r]);
    const usesOf = new Map(uses.map((u) => [u.id, u.n]));
    return { ...page, items: page.items.map((i) => ruleSetView(i.row, rulesOf.get(i.row.id) ?? [], usesOf.get(i.row.id) ?? 0)) };
  });
}
