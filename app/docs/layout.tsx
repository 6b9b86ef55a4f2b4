import Image from 'next/image';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DocsNav } from '@/components/site/docs-nav';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { listDocs } from '@/lib/docs/load-docs';

export default async function DocsLayout({ children }: { children: ReactNode }) {
  const pages = await listDocs();
  return (
    <div data-portal="docs" className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="border-b border-border">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-6">
          <Link href="/" className="flex items-center gap-2 font-semibold" data-testid="docs-home">
            <Image src="/brand/didtron.svg" alt="" width={24} height={24} />
            DIDTron Docs
          </Link>
          <div className="ml-auto">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-6xl flex-1 gap-10 px-6 py-10">
        <DocsNav pages={pages.map(({ slug, title }) => ({ slug, title }))} />
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
