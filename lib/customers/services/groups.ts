import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { customerAccounts, customerCategoriesTable, customerGroups, type CustomerGroupRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertHierarchyWriter, hierarchyReadTx } from '../access';
import { createCustomerGroupSchema, idSchema, updateCustomerGroupSchema } from '../schemas';
import { plural } from './hierarchy-shared';

export const customerGroupListSpec = defineListSpec<'name' | 'createdAt', 'category'>({
  sortable: { name: customerGroups.name, createdAt: customerGroups.createdAt },
  defaultSort: 'name',
  filters: { category: { column: customerGroups.categoryId, schema: z.uuid({ error: 'must be a category id' }) } },
  searchColumns: [customerGroups.name],
});

export async function listCustomerGroups({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  assertPermission(ctx, 'customers.read');
  const query = parseListQuery(input, customerGroupListSpec);
  return hierarchyReadTx(ctx, (tx) =>
    paginate(query, { id: customerGroups.id }, (k) =>
      tx
        .select({
          id: customerGroups.id,
          categoryId: customerGroups.categoryId,
          categoryName: customerCategoriesTable.name,
          name: customerGroups.name,
          description: customerGroups.description,
          createdAt: customerGroups.createdAt,
          updatedAt: customerGroups.updatedAt,
          ...k.select,
        })
        .from(customerGroups)
        .innerJoin(customerCategoriesTable, eq(customerCategoriesTable.id, customerGroups.categoryId))
        .where(k.where)
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';
const duplicateName = () => new ValidationError([{ path: 'name', message: 'this category already has a group with this name' }]);

export async function createCustomerGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createCustomerGroupSchema> }): Promise<CustomerGroupRow> {
  assertHierarchyWriter(ctx);
  const data = parseInput(createCustomerGroupSchema, input);
  return platformTx(ctx, async (tx, ctx) => {
    const [category] = await tx.select({ id: customerCategoriesTable.id }).from(customerCategoriesTable).where(eq(customerCategoriesTable.id, data.categoryId));
    if (!category) throw new ValidationError([{ path: 'categoryId', message: 'choose an existing category' }]);
    const [row] = await tx
      .insert(customerGroups)
      .values(data)
      .returning()
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? duplicateName() : e;
      });
    await recordAudit(tx, ctx, { entity: 'customer_group', entityId: row!.id, action: 'create', after: row });
    return row!;
  });
}

/** Name and description; a group stays in its category (its accounts' placement depends on it). */
export async function updateCustomerGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateCustomerGroupSchema> }): Promise<CustomerGroupRow> {
  assertHierarchyWriter(ctx);
  const { id, ...changes } = parseInput(updateCustomerGroupSchema, input);
  return platformTx(ctx, async (tx, ctx) => {
    const [before] = await tx.select().from(customerGroups).where(eq(customerGroups.id, id)).for('update');
    if (!before) throw new NotFoundError('Group not found');
    const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (!Object.keys(patch).length) return before;
    const [after] = await tx
      .update(customerGroups)
      .set(patch)
      .where(eq(customerGroups.id, id))
      .returning()
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? duplicateName() : e;
      });
    await recordAudit(tx, ctx, { entity: 'customer_group', entityId: id, action: 'update', before, after });
    return after!;
  });
}

export async function deleteCustomerGroup({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idSchema> }): Promise<{ id: string }> {
  assertHierarchyWriter(ctx);
  const { id } = parseInput(idSchema, input);
  return platformTx(ctx, async (tx, ctx) => {
    const [before] = await tx.select().from(customerGroups).where(eq(customerGroups.id, id)).for('update');
    if (!before) throw new NotFoundError('Group not found');
    const [{ accounts }] = (await tx.select({ accounts: count() }).from(customerAccounts).where(eq(customerAccounts.groupId, id))) as [{ accounts: number }];
    if (accounts > 0) throw new ConflictError(`${before.name} still holds ${plural(accounts, 'customer account')}: move them to another group first`);
    await tx.delete(customerGroups).where(eq(customerGroups.id, id));
    await recordAudit(tx, ctx, { entity: 'customer_group', entityId: id, action: 'delete', before });
    return { id };
  });
}
