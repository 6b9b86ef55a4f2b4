import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: { default: 'Carrier Portal', template: '%s · DIDTron Carrier' } };

/**
 * carrier.<root>: the root brand's carriers. `(auth)` signs them in (their own sign-in, on this
 * host); `(portal)` is the portal itself, for signed-in carrier users only. Rendered per request,
 * with the proxy's nonce: not a prerendered page (lib/http/prerendered.ts).
 */
export default async function CarrierLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
