import type { Metadata } from 'next';
import { CarrierProfile } from '@/components/carrier/carrier-profile';
import { PageHeader } from '@/components/shell/page-header';
import { requirePageCtx } from '@/lib/http/page-context';
import { getCarrierProfile } from '@/lib/users/services/get-carrier-profile';

export const metadata: Metadata = { title: 'Carrier profile' };

/** The carrier portal's home: the carrier's profile and whom to contact, until Class 4 lands. */
export default async function CarrierHome() {
  const ctx = await requirePageCtx('carrier.use');
  const profile = await getCarrierProfile({ ctx });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Account' }, { label: 'Carrier profile' }]}
        title="Carrier profile"
        description={profile.company.name ? `${profile.company.name} at ${profile.contact.brandName}.` : `Your carrier account at ${profile.contact.brandName}.`}
      />
      <CarrierProfile profile={profile} securityHref="/security" />
    </>
  );
}
