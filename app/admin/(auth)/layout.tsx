import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { ThemeToggle } from '@/components/theme/theme-toggle';

export const metadata: Metadata = { title: { default: 'Sign in', template: '%s · DIDTron Admin' } };

/** Staff sign-in: the root tenant's accounts with a platform role. Sign-up is closed on this host. */
export default function AdminAuthLayout({ children }: { children: ReactNode }) {
  return (
    <div data-portal="admin" className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="flex h-14 items-center gap-2 px-6">
        {/* eslint-disable-next-line @next/next/no-img-element -- static brand asset */}
        <img src="/brand/didtron.svg" alt="" width={28} height={28} className="size-7 rounded-md" />
        <span className="font-semibold" data-testid="auth-brand-name">
          DIDTron Admin
        </span>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-center justify-center p-6">
        {children}
      </main>
    </div>
  );
}
