import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customerCategoriesTable, customerGroups } from '@/db/schema';
import { ValidationError } from '@/lib/errors';

/**
 * The category exists and the group (if any) lies in it: checked here so the client gets a 422
 * naming the field instead of a foreign-key failure.
 */
export async function assertPlacement(tx: Tx, categoryId: string, groupId: string | null | undefined): Promise<void> {
  const [category] = await tx.select({ id: customerCategoriesTable.id }).from(customerCategoriesTable).where(eq(customerCategoriesTable.id, categoryId));
  if (!category) throw new ValidationError([{ path: 'categoryId', message: 'choose an existing category' }]);
  if (!groupId) return;
  const [group] = await tx.select({ categoryId: customerGroups.categoryId }).from(customerGroups).where(eq(customerGroups.id, groupId));
  if (!group) throw new ValidationError([{ path: 'groupId', message: 'choose an existing group' }]);
  if (group.categoryId !== categoryId) throw new ValidationError([{ path: 'groupId', message: 'the group belongs to another category' }]);
}

export async function categoryIdBySlug(tx: Tx, slug: string): Promise<string | null> {
  const [row] = await tx.select({ id: customerCategoriesTable.id }).from(customerCategoriesTable).where(eq(customerCategoriesTable.slug, slug));
  return row?.id ?? null;
}
