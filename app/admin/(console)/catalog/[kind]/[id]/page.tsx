import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogDetail } from '@/components/catalog/catalog-detail';
import { aiConfigured } from '@/lib/ai/ports';
import { can } from '@/lib/auth/permissions';
import { catalogKindSchema } from '@/lib/catalog/schemas';
import { getCatalogItem } from '@/lib/catalog/services/get-catalog-item';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';

export const metadata: Metadata = { title: 'Catalogue item' };

export default async function CatalogItemPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const ctx = await requirePageCtx('catalog.read');
  const { kind: rawKind, id } = await params;
  const kind = catalogKindSchema.safeParse(rawKind);
  if (!kind.success || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getCatalogItem({ ctx, input: { kind: kind.data, id } }));
  return <CatalogDetail kind={kind.data} id={id} aiConfigured={aiConfigured()} canWrite={can(ctx.actor.role, 'catalog.write')} />;
}
