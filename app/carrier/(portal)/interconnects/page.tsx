import type { Metadata } from 'next';
import { CarrierInterconnectList } from '@/components/class4/carrier-portal';
import { PageHeader } from '@/components/shell/page-header';
import { listCarriers, listInterconnects } from '@/lib/class4';
import { AppError } from '@/lib/errors';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Interconnects' };

/** The signed-in carrier's interconnects, read-only (the services scope them to its own carrier). */
export default async function CarrierInterconnectsPage() {
  const ctx = await requirePageCtx('class4.read');
  const result = await Promise.all([listCarriers({ ctx, input: new URLSearchParams() }), listInterconnects({ ctx, input: new URLSearchParams({ limit: '100' }) })]).catch((e: unknown) => {
    if (e instanceof AppError && e.status === 403) return e.message;
    throw e;
  });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Interconnection' }, { label: 'Interconnects' }]}
        title="Interconnects"
        description={typeof result === 'string' ? 'Your SIP trunks with us.' : `The SIP trunks of ${result[0].items[0]?.name ?? 'your carrier'}: where you send us calls (ingress) and where we send you calls (egress).`}
      />
      <div className="p-6">{typeof result === 'string' ? <p className="text-sm text-muted-foreground" data-testid="carrier-not-linked">{result}</p> : <CarrierInterconnectList items={result[1].items} />}</div>
    </>
  );
}
