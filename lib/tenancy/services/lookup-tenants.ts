import { z } from 'zod';
import { withPlatform } from '@/db/client';
import { tenants } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery, type Page } from '@/lib/pagination';

/** One tenant as a picker shows it. */
export type TenantLookupItem = { id: string; name: string; slug: string; isRoot: boolean };

export const TENANT_LOOKUP_LIMIT = 20;

export const tenantLookupSpec = defineListSpec<'name', 'id' | 'root'>({
  sortable: { name: tenants.name },
  defaultSort: 'name',
  defaultLimit: TENANT_LOOKUP_LIMIT,
  maxLimit: TENANT_LOOKUP_LIMIT,
  filters: {
    // The picker's current value, to show its name after a reload.
    id: { column: tenants.id, schema: z.uuid({ error: 'must be a tenant id' }) },
    // The root brand, a picker's default.
    root: { column: tenants.isRoot, schema: z.literal('true', { error: 'must be true' }).transform(() => true) },
  },
  searchColumns: [tenants.name, tenants.slug],
});

/**
 * Tenants matching `q` (name or slug), for pickers: at most 20 a page, keyset-paged by name, so a
 * picker searches instead of loading a truncated list. Platform staff only (the cross-tenant path).
 */
export async function lookupTenants({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<Page<TenantLookupItem>> {
  assertPermission(ctx, 'tenants.read');
  const query = parseListQuery(input, tenantLookupSpec);
  return withPlatform((tx) =>
    paginate(query, { id: tenants.id }, (k) =>
      tx
        .select({ id: tenants.id, name: tenants.name, slug: tenants.slug, isRoot: tenants.isRoot, ...k.select })
        .from(tenants)
        .where(k.where)
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}
