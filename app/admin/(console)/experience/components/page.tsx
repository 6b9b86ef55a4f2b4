import type { Metadata } from 'next';
import { ComponentLibrary } from '@/components/component-library/component-library';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Component Library' };

/** Experience Manager -> Component Library: static content, but staff only like the rest of the console. */
export default async function ComponentLibraryPage() {
  await requirePageCtx('system.read');
  return <ComponentLibrary />;
}
