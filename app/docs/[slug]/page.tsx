import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocArticle } from '@/components/site/doc-article';
import { getDoc, listDocs } from '@/lib/docs/load-docs';

export async function generateStaticParams() {
  return (await listDocs()).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const page = await getDoc((await params).slug);
  return { title: page?.title ?? 'Not found' };
}

export default async function DocPage({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getDoc((await params).slug);
  if (!page) notFound();
  return <DocArticle page={page} />;
}
