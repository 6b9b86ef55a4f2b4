import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { NONCE_HEADER } from '@/lib/http/security-headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'DIDTron', template: '%s · DIDTron' },
  description: 'Pay-as-you-go wholesale voice: termination, DIDs, cloud PBX, AI voice agents and a Class 4 softswitch.',
};

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
