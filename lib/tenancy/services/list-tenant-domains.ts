import { eq, getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import { domainStatuses, tenantDomains, tenants } from '@/db/schema';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';

export const domainListSpec = defineListSpec<'domain' | 'createdAt' | 'status', 'status' | 'tenantId'>({
  sortable: { domain: tenantDomains.domain, createdAt: tenantDomains.createdAt, status: tenantDomains.status },
  defaultSort: 'domain',
  filters: {
    status: { column: tenantDomains.status, values: domainStatuses },
    tenantId: { column: tenantDomains.tenantId, schema: z.uuid() },
  },
  searchColumns: [tenantDomains.domain],
});

/** Custom domains across tenants (or of one, with tenantId=), with their tenant's name. */
export async function listTenantDomains({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  assertPermission(ctx, 'tenants.read');
  const query = parseListQuery(input, domainListSpec);
  return platformTx(ctx, (tx) =>
    paginate(query, { id: tenantDomains.id }, (k) =>
      tx
        .select({ ...getTableColumns(tenantDomains), tenantName: tenants.name, tenantSlug: tenants.slug, ...k.select })
        .from(tenantDomains)
        .innerJoin(tenants, eq(tenants.id, tenantDomains.tenantId))
        .where(k.where)
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}
