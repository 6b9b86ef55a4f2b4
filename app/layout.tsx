import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { brandMetadata, PLATFORM_BRAND } from '@/components/shell/brand-metadata';
import { NONCE_HEADER } from '@/lib/http/security-headers';
import { requestBrand } from '@/lib/tenancy/request-brand';
import './globals.css';

/**
 * Title and favicon of every page, from the brand of the host (the proxy's headers): a reseller's
 * host never names the platform, not even on its 404 page, where no lower layout adds metadata.
 */
export async function generateMetadata(): Promise<Metadata> {
  const { brand } = await requestBrand();
  return {
    ...brandMetadata(brand ?? PLATFORM_BRAND),
    description: 'Pay-as-you-go wholesale voice: termination, DIDs, cloud PBX, AI voice agents and a Class 4 softswitch.',
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request CSP nonce: the theme script runs before hydration and needs it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
