import { SignInEntry } from '@/components/shell/sign-in-entry';
import { portalUrl } from '@/lib/tenancy/portal-url';

export default function CarrierHome() {
  return (
    <SignInEntry
      brandName="the DIDTron carrier portal"
      signInHref={portalUrl('signup', '/')}
      note="Carriers see their interconnects, rates, traffic and statements here once signed in."
    />
  );
}
