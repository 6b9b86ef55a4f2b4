import Image from 'next/image';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { SiteMobileMenu } from '@/components/site/site-mobile-menu';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { portalUrl } from '@/lib/tenancy/portal-url';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <div data-portal="marketing" className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="border-b border-border">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-6">
          <Link href="/" className="flex items-center gap-2 font-semibold" data-testid="site-home">
            <Image src="/brand/didtron.svg" alt="" width={24} height={24} />
            DIDTron
          </Link>
          <nav aria-label="Main" className="hidden gap-5 text-sm text-muted-foreground md:flex">
            <Link href="/#products" className="hover:text-foreground" data-testid="nav-products">
              Products
            </Link>
            <Link href="/#pricing" className="hover:text-foreground" data-testid="nav-pricing">
              Pricing
            </Link>
            <a href={portalUrl('docs', '/')} className="hover:text-foreground" data-testid="nav-docs">
              Docs
            </a>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            <a href={portalUrl('signup', '/')} className="text-sm font-medium text-primary hover:underline" data-testid="nav-sign-in">
              Sign in
            </a>
            <SiteMobileMenu
              links={[
                { key: 'products', label: 'Products', href: '/#products' },
                { key: 'pricing', label: 'Pricing', href: '/#pricing' },
                { key: 'docs', label: 'Docs', href: portalUrl('docs', '/') },
              ]}
              signInHref={portalUrl('signup', '/sign-in')}
              signUpHref={portalUrl('signup', '/sign-up')}
            />
          </div>
        </div>
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
      <footer className="border-t border-border text-sm text-muted-foreground">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-6 py-8">
          <p>© {new Date().getUTCFullYear()} DIDTron Communications. Pay as you go, no subscriptions.</p>
          <a href={portalUrl('docs', '/')} className="hover:text-foreground" data-testid="footer-docs">
            Documentation
          </a>
        </div>
      </footer>
    </div>
  );
}
