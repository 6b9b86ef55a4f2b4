import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { carrierNav } from '@/lib/navigation/customer';

export const metadata: Metadata = { title: { default: 'Carrier Portal', template: '%s · DIDTron Carrier' } };

export default function CarrierLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell nav={carrierNav} brand={{ name: 'DIDTron Carrier', logoUrl: '/brand/didtron.svg', tenantHost: false }} user={null} banner={<SandboxBanner />}>
      {children}
    </PortalShell>
  );
}
