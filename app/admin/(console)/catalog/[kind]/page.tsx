import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogTable } from '@/components/catalog/catalog-table';
import { kindUi } from '@/components/catalog/kinds';
import { aiConfigured } from '@/lib/ai/ports';
import { can } from '@/lib/auth/permissions';
import { catalogKindSchema } from '@/lib/catalog/schemas';
import { requirePageCtx } from '@/lib/http/page-context';

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }): Promise<Metadata> {
  const kind = catalogKindSchema.safeParse((await params).kind);
  return { title: kind.success ? kindUi[kind.data].title : 'Voice catalogue' };
}

export default async function CatalogKindPage({ params }: { params: Promise<{ kind: string }> }) {
  const ctx = await requirePageCtx('catalog.read');
  const kind = catalogKindSchema.safeParse((await params).kind);
  if (!kind.success) notFound();
  return <CatalogTable kind={kind.data} aiConfigured={aiConfigured()} canWrite={can(ctx.actor.role, 'catalog.write')} />;
}
