import { z } from 'zod';
import { ratePlanKinds } from '@/db/schema/rates-values';
import { ratePlans } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { ratesScope } from '../access';
import { ratePlanView } from '../views';

export const ratePlanListSpec = defineListSpec<'name' | 'createdAt', 'kind' | 'currency' | 'tenant'>({
  sortable: { name: ratePlans.name, createdAt: ratePlans.createdAt },
  defaultSort: 'name',
  filters: {
    kind: { column: ratePlans.kind, values: ratePlanKinds },
    currency: { column: ratePlans.currency, schema: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a currency code such as EUR' }) },
    tenant: { column: ratePlans.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
  },
  searchColumns: [ratePlans.name],
});

/** Rate plans by name (keyset), every brand's (platform staff). */
export async function listRatePlans({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const query = parseListQuery(input, ratePlanListSpec);
  const page = await scope.run((tx) =>
    paginate(query, { id: ratePlans.id }, (k) => tx.select({ row: ratePlans, ...k.select }).from(ratePlans).where(k.where).orderBy(...k.orderBy).limit(k.limit)),
  );
  return { ...page, items: page.items.map((i) => ratePlanView(i.row)) };
}
