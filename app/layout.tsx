import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { brandMetadata, PLATFORM_BRAND } from '@/components/shell/brand-metadata';
import { THEME_SCRIPT } from '@/lib/http/theme-script';
import './globals.css';

/**
 * The platform's title and favicon: marketing, docs, the staff and carrier portals. Tenant hosts get
 * theirs from the tenant segments' layouts (app/auth/[tenant], app/portal/[tenant]: their params name
 * the tenant, so the metadata is cacheable per tenant), which replace the title (`absolute`) and the
 * icons; every address on a tenant host, its 404s included ([...missing]), is below one of them.
 * Static on purpose: reading the request here would make every page dynamic (no prerendered pages).
 */
export const metadata: Metadata = {
  ...brandMetadata(PLATFORM_BRAND),
  description: 'Pay-as-you-go wholesale voice: termination, DIDs, cloud PBX, AI voice agents and a Class 4 softswitch.',
};

// Reads nothing of the request, so that pages below it can be prerendered (marketing, docs, sign-in);
// the theme script (before the first paint) is allowed by its hash, not the nonce (lib/http/theme-script.ts).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
