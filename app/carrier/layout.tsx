import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { carrierNav } from '@/lib/navigation/customer';

export const metadata: Metadata = { title: { default: 'Carrier Portal', template: '%s · DIDTron Carrier' } };

export default async function CarrierLayout({ children }: { children: ReactNode }) {
  // Rendered per request, with the proxy's nonce: not a prerendered page (lib/http/prerendered.ts).
  await connection();
  return (
    <PortalShell nav={carrierNav} brand={{ name: 'DIDTron Carrier', logoUrl: '/brand/didtron.svg', tenantHost: false }} user={null} banner={<SandboxBanner />}>
      {children}
    </PortalShell>
  );
}
