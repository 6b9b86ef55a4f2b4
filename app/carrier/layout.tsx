import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: { default: 'Carrier Portal', template: '%s · DIDTron Carrier' } };

/**
 * carrier.<root>: the root brand's carriers. `(auth)` signs them in (their own sign-in, on this
 * host); `(portal)` is the portal itself, for signed-in carrier users only.
 */
export default function CarrierLayout({ children }: { children: ReactNode }) {
  return children;
}
