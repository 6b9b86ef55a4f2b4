import type { Metadata } from 'next';
import { CarrierBalances } from '@/components/class4/carrier-detail';
import { PageHeader } from '@/components/shell/page-header';
import { getCarrier, listCarriers } from '@/lib/class4';
import { AppError } from '@/lib/errors';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Balances' };

/** The signed-in carrier's balances and net exposure per currency, read-only. */
export default async function CarrierBalancesPage() {
  const ctx = await requirePageCtx('class4.read');
  const carrier = await listCarriers({ ctx, input: new URLSearchParams() })
    .then((page) => (page.items[0] ? getCarrier({ ctx, input: { id: page.items[0].id } }) : null))
    .catch((e: unknown) => {
      if (e instanceof AppError && e.status === 403) return e.message;
      throw e;
    });
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Interconnection' }, { label: 'Balances' }]} title="Balances" description="What you owe us as a customer, what we owe you as a supplier, and the net of both." />
      <div className="p-6">
        {typeof carrier === 'string' || carrier === null ? (
          <p className="text-sm text-muted-foreground" data-testid="carrier-not-linked">
            {carrier ?? 'No carrier record yet.'}
          </p>
        ) : (
          <CarrierBalances carrier={carrier} />
        )}
      </div>
    </>
  );
}
