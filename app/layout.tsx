import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'DIDTron', template: '%s · DIDTron' },
  description: 'Pay-as-you-go wholesale voice: termination, DIDs, cloud PBX, AI voice agents and a Class 4 softswitch.',
};

// Reads nothing of the request, so that pages below it can be prerendered (marketing, docs, sign-in);
// the theme script is allowed by its hash, not the nonce (lib/http/theme-script.ts).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
