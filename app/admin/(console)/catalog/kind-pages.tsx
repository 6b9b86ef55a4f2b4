import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogDetail } from '@/components/catalog/catalog-detail';
import { CatalogTable } from '@/components/catalog/catalog-table';
import { kindUi } from '@/components/catalog/kinds';
import { aiConfigured } from '@/lib/ai/ports';
import { can } from '@/lib/auth/permissions';
import type { CatalogKindKey } from '@/lib/catalog/schemas';
import { getCatalogItem } from '@/lib/catalog/services/get-catalog-item';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

/**
 * The two pages every catalogue kind has. Each kind has its own static route folder (one-line
 * page files), so the navigation's "every item is a real page" check holds and unknown kinds are
 * plain 404s.
 */
export function kindListPage(kind: CatalogKindKey) {
  const metadata: Metadata = { title: kindUi[kind].title };
  async function Page() {
    const ctx = await requirePageCtx('catalog.read');
    return <CatalogTable kind={kind} aiConfigured={aiConfigured()} canWrite={can(ctx.actor.role, 'catalog.write')} />;
  }
  return { metadata, Page };
}

export function kindItemPage(kind: CatalogKindKey) {
  const metadata: Metadata = { title: kindUi[kind].singular };
  async function Page({ params }: { params: Promise<{ id: string }> }) {
    const ctx = await requirePageCtx('catalog.read');
    const { id } = await params;
    if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
    await loadOrNotFound(() => getCatalogItem({ ctx, input: { kind, id } }));
    return <CatalogDetail kind={kind} id={id} aiConfigured={aiConfigured()} canWrite={can(ctx.actor.role, 'catalog.write')} />;
  }
  return { metadata, Page };
}
