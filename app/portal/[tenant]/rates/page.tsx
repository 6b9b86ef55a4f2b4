import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { CustomerRates } from '@/components/rates/customer-rates';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { authPages, withNextPath } from '@/lib/auth/paths';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Rates' };

/** The customer's rates (its assigned sell plan): current and upcoming, searchable, downloadable. */
export default async function RatesPage() {
  const viewer = await renderPortalViewer();
  if (viewer.kind !== 'user') redirect(withNextPath(authPages('customer').signIn, '/rates'));
  await requirePageCtx('portal.use');
  return (
    <Suspense>
      <CustomerRates />
    </Suspense>
  );
}
