import { eq } from 'drizzle-orm';
import { customerAccounts, customerCategoriesTable, customerGroups, tenants } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { accountVisible, customerScope } from '../access';
import { idSchema } from '../schemas';
import { customerAccountColumns } from './list-customer-accounts';

/** One customer account with its brand, category and group names. */
export async function getCustomerAccount({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idSchema> }) {
  const scope = await customerScope(ctx, 'customers.read');
  const { id } = parseInput(idSchema, input);
  return scope.run(async (tx) => {
    const [row] = await tx
      .select(customerAccountColumns)
      .from(customerAccounts)
      .innerJoin(tenants, eq(tenants.id, customerAccounts.tenantId))
      .innerJoin(customerCategoriesTable, eq(customerCategoriesTable.id, customerAccounts.categoryId))
      .leftJoin(customerGroups, eq(customerGroups.id, customerAccounts.groupId))
      .where(eq(customerAccounts.id, id));
    if (!row || !accountVisible(scope, row)) throw new NotFoundError('Customer account not found');
    return row;
  });
}
