import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { customerAccounts, customerAccountStatuses, customerCategoriesTable, customerGroups, tenants } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { customerScope } from '../access';
import { customerSearch } from '../search';

export const customerAccountListSpec = defineListSpec<'createdAt' | 'company' | 'accountNumber', 'tenant' | 'status' | 'category' | 'group'>({
  sortable: { createdAt: customerAccounts.createdAt, company: customerAccounts.company, accountNumber: customerAccounts.accountNumber },
  defaultSort: '-createdAt',
  filters: {
    tenant: { column: customerAccounts.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
    status: { column: customerAccounts.status, values: customerAccountStatuses },
    category: { column: customerAccounts.categoryId, schema: z.uuid({ error: 'must be a category id' }) },
    group: { column: customerAccounts.groupId, schema: z.uuid({ error: 'must be a group id' }) },
  },
  // No searchColumns: `q` is applied by customerSearch (trigram indexes and the id-prefix range).
});

export const customerAccountColumns = {
  id: customerAccounts.id,
  tenantId: customerAccounts.tenantId,
  tenantSlug: tenants.slug,
  tenantName: tenants.name,
  accountNumber: customerAccounts.accountNumber,
  company: customerAccounts.company,
  billingContactName: customerAccounts.billingContactName,
  billingEmail: customerAccounts.billingEmail,
  country: customerAccounts.country,
  billingCurrency: customerAccounts.billingCurrency,
  billingModel: customerAccounts.billingModel,
  creditLimitMinor: customerAccounts.creditLimitMinor,
  status: customerAccounts.status,
  statusReason: customerAccounts.statusReason,
  statusChangedAt: customerAccounts.statusChangedAt,
  categoryId: customerAccounts.categoryId,
  categoryName: customerCategoriesTable.name,
  groupId: customerAccounts.groupId,
  groupName: customerGroups.name,
  createdAt: customerAccounts.createdAt,
  updatedAt: customerAccounts.updatedAt,
};

/**
 * Customer accounts, newest first by default: every brand's for platform staff, the brand's own
 * for a tenant admin, the own account for a customer admin. `q` searches company, billing email,
 * account number (contains) and id prefix.
 */
export async function listCustomerAccounts({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await customerScope(ctx, 'customers.read');
  const query = parseListQuery(input, customerAccountListSpec);
  const confine =
    scope.kind === 'platform' ? undefined : scope.kind === 'tenant' ? eq(customerAccounts.tenantId, scope.tenantId) : and(eq(customerAccounts.tenantId, scope.tenantId), eq(customerAccounts.id, scope.accountId));
  const search = query.q ? customerSearch(query.q) : undefined;
  // Each page is one statement in its own one-round-trip transaction (scope.read).
  return paginate(query, { id: customerAccounts.id }, (k) =>
    scope.read((tx) =>
      tx
        .select({ ...customerAccountColumns, ...k.select })
        .from(customerAccounts)
        .innerJoin(tenants, eq(tenants.id, customerAccounts.tenantId))
        .innerJoin(customerCategoriesTable, eq(customerCategoriesTable.id, customerAccounts.categoryId))
        .leftJoin(customerGroups, eq(customerGroups.id, customerAccounts.groupId))
        .where(and(confine, search, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}
