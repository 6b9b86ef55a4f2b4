import { notFound } from 'next/navigation';
import { DocArticle } from '@/components/site/doc-article';
import { listDocs } from '@/lib/docs/load-docs';

export default async function DocsHome() {
  const [first] = await listDocs();
  if (!first) notFound();
  return <DocArticle page={first} />;
}
