import type { Metadata } from 'next';
import { CatalogTrash } from '@/components/catalog/catalog-trash';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Catalogue Trash' };

export default async function CatalogTrashPage() {
  const ctx = await requirePageCtx('catalog.read');
  return <CatalogTrash canWrite={can(ctx.actor.role, 'catalog.write')} />;
}
