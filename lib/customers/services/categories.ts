import { asc, count, eq } from 'drizzle-orm';
import { customerAccounts, customerCategoriesTable, customerGroups, type CustomerCategoryRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { assertHierarchyWriter, hierarchyReadTx } from '../access';
import { revalidatePublicCategories } from '../public-categories';
import { createCustomerCategorySchema, idSchema, updateCustomerCategorySchema } from '../schemas';
import { MAX_CATEGORIES, plural } from './hierarchy-shared';

export { MAX_CATEGORIES };

export async function listCustomerCategories({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: CustomerCategoryRow[] }> {
  assertPermission(ctx, 'customers.read');
  return hierarchyReadTx(ctx, async (tx) => ({
    items: await tx.select().from(customerCategoriesTable).orderBy(asc(customerCategoriesTable.sortOrder), asc(customerCategoriesTable.id)).limit(MAX_CATEGORIES),
  }));
}

export async function getCustomerCategory({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idSchema> }): Promise<CustomerCategoryRow> {
  assertPermission(ctx, 'customers.read');
  const { id } = parseInput(idSchema, input);
  return hierarchyReadTx(ctx, async (tx) => {
    const [row] = await tx.select().from(customerCategoriesTable).where(eq(customerCategoriesTable.id, id));
    if (!row) throw new NotFoundError('Category not found');
    return row;
  });
}

const isUniqueViolation = (e: unknown) => (e as { code?: string; cause?: { code?: string } }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';

export async function createCustomerCategory({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createCustomerCategorySchema> }): Promise<CustomerCategoryRow> {
  assertHierarchyWriter(ctx);
  const data = parseInput(createCustomerCategorySchema, input);
  const created = await platformTx(ctx, async (tx, ctx) => {
    const [{ n }] = (await tx.select({ n: count() }).from(customerCategoriesTable)) as [{ n: number }];
    if (n >= MAX_CATEGORIES) throw new ConflictError(`At most ${MAX_CATEGORIES} categories`);
    const [row] = await tx
      .insert(customerCategoriesTable)
      .values({ ...data, defaultModules: [...new Set(data.defaultModules)] })
      .returning()
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? new ValidationError([{ path: 'slug', message: 'a category with this slug exists' }]) : e;
      });
    await recordAudit(tx, ctx, { entity: 'customer_category', entityId: row!.id, action: 'create', after: row });
    return row!;
  });
  revalidatePublicCategories(); // after the commit: the website lists the categories
  return created;
}

/** The slug is the category's stable key (the onboarding and URLs name it): it does not change. */
export async function updateCustomerCategory({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateCustomerCategorySchema> }): Promise<CustomerCategoryRow> {
  assertHierarchyWriter(ctx);
  const { id, ...changes } = parseInput(updateCustomerCategorySchema, input);
  const updated = await platformTx(ctx, async (tx, ctx) => {
    const [before] = await tx.select().from(customerCategoriesTable).where(eq(customerCategoriesTable.id, id)).for('update');
    if (!before) throw new NotFoundError('Category not found');
    const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<CustomerCategoryRow>;
    if (patch.defaultModules) patch.defaultModules = [...new Set(patch.defaultModules)];
    if (!Object.keys(patch).length) return before;
    const [after] = await tx.update(customerCategoriesTable).set(patch).where(eq(customerCategoriesTable.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'customer_category', entityId: id, action: 'update', before, after });
    return after!;
  });
  revalidatePublicCategories();
  return updated;
}

/** Only an empty category goes: accounts and groups keep theirs (move them first); the refusal says how many. */
export async function deleteCustomerCategory({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idSchema> }): Promise<{ id: string }> {
  assertHierarchyWriter(ctx);
  const { id } = parseInput(idSchema, input);
  const deleted = await platformTx(ctx, async (tx, ctx) => {
    const [before] = await tx.select().from(customerCategoriesTable).where(eq(customerCategoriesTable.id, id)).for('update');
    if (!before) throw new NotFoundError('Category not found');
    const [{ accounts }] = (await tx.select({ accounts: count() }).from(customerAccounts).where(eq(customerAccounts.categoryId, id))) as [{ accounts: number }];
    if (accounts > 0) throw new ConflictError(`${before.name} still holds ${plural(accounts, 'customer account')}: move them to another category first`);
    const [{ groups }] = (await tx.select({ groups: count() }).from(customerGroups).where(eq(customerGroups.categoryId, id))) as [{ groups: number }];
    if (groups > 0) throw new ConflictError(`${before.name} still has ${plural(groups, 'group')}: delete them first`);
    await tx.delete(customerCategoriesTable).where(eq(customerCategoriesTable.id, id));
    await recordAudit(tx, ctx, { entity: 'customer_category', entityId: id, action: 'delete', before });
    return { id };
  });
  revalidatePublicCategories();
  return deleted;
}
