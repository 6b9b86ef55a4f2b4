import { eq, inArray } from 'drizzle-orm';
import { customerAccounts, customerCategoriesTable, customerGroups, users } from '@/db/schema';
import { callerTx, platformTx, tenantTx, type AnyCtx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';

/**
 * Where an account sits in the hierarchy (its category and group, with names): what the
 * assignment engine needs to answer "what does this customer get". Helpers for other domains, run
 * in the caller's transaction; they check no permission of their own (the calling service did).
 */
export type CustomerPlacement = {
  accountId: string;
  tenantId: string;
  company: string;
  accountNumber: string;
  categoryId: string;
  categoryName: string;
  groupId: string | null;
  groupName: string | null;
};

const placementColumns = {
  accountId: customerAccounts.id,
  tenantId: customerAccounts.tenantId,
  company: customerAccounts.company,
  accountNumber: customerAccounts.accountNumber,
  categoryId: customerAccounts.categoryId,
  categoryName: customerCategoriesTable.name,
  groupId: customerAccounts.groupId,
  groupName: customerGroups.name,
};

/** The placement of an account visible in the caller's scope (RLS), else a 404. */
export async function customerPlacement(ctx: AnyCtx, accountId: string): Promise<CustomerPlacement> {
  return callerTx(ctx, async (tx) => {
    const [row] = await tx
      .select(placementColumns)
      .from(customerAccounts)
      .innerJoin(customerCategoriesTable, eq(customerCategoriesTable.id, customerAccounts.categoryId))
      .leftJoin(customerGroups, eq(customerGroups.id, customerAccounts.groupId))
      .where(eq(customerAccounts.id, accountId));
    if (!row) throw new NotFoundError('Customer account not found');
    return row;
  });
}

/** The placement of the signed-in user's own account on its brand's host; null for users without one (staff, tenant admins, not yet onboarded). */
export async function customerPlacementOfUser(ctx: Ctx): Promise<CustomerPlacement | null> {
  if (ctx.actor.tenantId !== ctx.tenant.id) return null;
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const [row] = await tx
      .select(placementColumns)
      .from(users)
      .innerJoin(customerAccounts, eq(customerAccounts.id, users.customerAccountId))
      .innerJoin(customerCategoriesTable, eq(customerCategoriesTable.id, customerAccounts.categoryId))
      .leftJoin(customerGroups, eq(customerGroups.id, customerAccounts.groupId))
      .where(eq(users.id, ctx.actor.userId));
    return row ?? null;
  });
}

/** A category and, optionally, a group of it (the target of a move), else a 404 / 422 naming the field. */
export async function hierarchyPlacement(ctx: AnyCtx, categoryId: string, groupId: string | null): Promise<{ categoryName: string; groupName: string | null }> {
  return platformTx(ctx, async (tx) => {
    const [category] = await tx.select({ name: customerCategoriesTable.name }).from(customerCategoriesTable).where(eq(customerCategoriesTable.id, categoryId));
    if (!category) throw new NotFoundError('Category not found');
    if (!groupId) return { categoryName: category.name, groupName: null };
    const [group] = await tx.select({ name: customerGroups.name, categoryId: customerGroups.categoryId }).from(customerGroups).where(eq(customerGroups.id, groupId));
    if (!group || group.categoryId !== categoryId) throw new NotFoundError('Group not found in this category');
    return { categoryName: category.name, groupName: group.name };
  });
}

/** Names of categories, groups and accounts by id (assignment targets), in the caller's scope; unknown ids are absent. */
export async function hierarchyNames(ctx: AnyCtx, ids: { categories?: string[]; groups?: string[]; accounts?: string[] }): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await callerTx(ctx, async (tx) => {
    if (ids.categories?.length) for (const r of await tx.select({ id: customerCategoriesTable.id, name: customerCategoriesTable.name }).from(customerCategoriesTable).where(inArray(customerCategoriesTable.id, ids.categories))) out.set(r.id, r.name);
    if (ids.groups?.length) for (const r of await tx.select({ id: customerGroups.id, name: customerGroups.name }).from(customerGroups).where(inArray(customerGroups.id, ids.groups))) out.set(r.id, r.name);
    if (ids.accounts?.length) for (const r of await tx.select({ id: customerAccounts.id, name: customerAccounts.company }).from(customerAccounts).where(inArray(customerAccounts.id, ids.accounts))) out.set(r.id, r.name);
  });
  return out;
}

/** Categories with their groups (platform-wide, a handful): the choices of a move and of the assignment pages. */
export async function hierarchyTree(ctx: AnyCtx): Promise<{ id: string; slug: string; name: string; defaultModules: string[]; groups: { id: string; name: string }[] }[]> {
  return platformTx(ctx, async (tx) => {
    const categories = await tx.select({ id: customerCategoriesTable.id, slug: customerCategoriesTable.slug, name: customerCategoriesTable.name, defaultModules: customerCategoriesTable.defaultModules, sortOrder: customerCategoriesTable.sortOrder }).from(customerCategoriesTable).orderBy(customerCategoriesTable.sortOrder, customerCategoriesTable.id).limit(100);
    const groups = categories.length ? await tx.select({ id: customerGroups.id, name: customerGroups.name, categoryId: customerGroups.categoryId }).from(customerGroups).where(inArray(customerGroups.categoryId, categories.map((c) => c.id))).orderBy(customerGroups.name).limit(1000) : [];
    return categories.map((c) => ({ id: c.id, slug: c.slug, name: c.name, defaultModules: c.defaultModules, groups: groups.filter((g) => g.categoryId === c.id).map((g) => ({ id: g.id, name: g.name })) }));
  });
}
