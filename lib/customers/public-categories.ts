import { asc } from 'drizzle-orm';
import { cache } from 'react';
import { withPlatform } from '@/db/client';
import { customerCategoriesTable } from '@/db/schema';
import { cachedRead, expireTag } from '@/lib/http/page-cache';
import { MAX_CATEGORIES } from './services/hierarchy-shared';

export type PublicCategory = { slug: string; name: string; publicDescription: string };

/** The cache tag of every page that shows the categories' public descriptions (the marketing home). */
export const PUBLIC_CATEGORIES_TAG = 'customer-categories';

/**
 * The customer categories as the website shows them: public by nature (name and public description,
 * in the admin's order), so no permission and the narrow column list. Categories are platform-wide
 * (db/schema/customers.ts): every brand shows the same ones.
 */
export const getPublicCategories = cache(async function getPublicCategories(): Promise<PublicCategory[]> {
  return withPlatform((tx) =>
    tx
      .select({ slug: customerCategoriesTable.slug, name: customerCategoriesTable.name, publicDescription: customerCategoriesTable.publicDescription })
      .from(customerCategoriesTable)
      .orderBy(asc(customerCategoriesTable.sortOrder), asc(customerCategoriesTable.id))
      .limit(MAX_CATEGORIES),
  );
});

/** For the prerendered marketing pages: read under PUBLIC_CATEGORIES_TAG (lib/http/page-cache.ts). */
export function cachedPublicCategories(): Promise<PublicCategory[]> {
  return cachedRead(getPublicCategories, ['public-categories'], [PUBLIC_CATEGORIES_TAG]);
}

/** Called by the category services after their commit: the marketing pages render again on the next visit. */
export function revalidatePublicCategories(): void {
  expireTag(PUBLIC_CATEGORIES_TAG);
}
