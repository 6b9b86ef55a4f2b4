import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ImportReport } from '@/components/rates/import-report';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Deck import' };

export default async function RateImportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageCtx('rates.read');
  const { id } = await params;
  return (
    <Suspense>
      <ImportReport id={id} />
    </Suspense>
  );
}
