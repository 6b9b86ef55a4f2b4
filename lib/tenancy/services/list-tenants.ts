import { tenants, tenantStatuses } from '@/db/schema';
import { assertPermission, platformReadTx, type Ctx } from '@/lib/context';
import { defineListSpec, keysetPage, parseListQuery } from '@/lib/pagination';

export const tenantListSpec = defineListSpec<'name' | 'slug' | 'createdAt', 'status'>({
  sortable: { name: tenants.name, slug: tenants.slug, createdAt: tenants.createdAt },
  defaultSort: 'name',
  filters: { status: { column: tenants.status, values: tenantStatuses } },
  searchColumns: [tenants.name, tenants.slug],
});

/** Every tenant, for platform staff (the explicit cross-tenant path). */
export async function listTenants({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  assertPermission(ctx, 'tenants.read');
  const query = parseListQuery(input, tenantListSpec);
  // The page is one statement: one round trip (BEGIN, scope, SELECT and COMMIT pipelined).
  return keysetPage((read) => platformReadTx(ctx, read), { table: tenants, query });
}
