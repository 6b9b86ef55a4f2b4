import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/shell/not-found';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { carrierNav } from '@/lib/navigation/carrier';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * 404 inside the carrier portal's frame (header, navigation, brand kept). It sits above the (portal)
 * group, whose layout sends anonymous visitors to sign in, so it draws the frame itself: an unknown
 * address answers 404 for everyone, signed in or not.
 */
export default function NotFound() {
  return (
    <PortalShell nav={carrierNav} brand={{ name: 'DIDTron Carrier', logoUrl: '/brand/didtron.svg', tenantHost: false }} user={null} banner={<SandboxBanner />}>
      <NotFoundMessage homeLabel="Back to the carrier portal" />
    </PortalShell>
  );
}
