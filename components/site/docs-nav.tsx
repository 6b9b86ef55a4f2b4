'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { DOCS_API_REFERENCE_PATH, docPath } from '@/lib/docs/doc-path';
import { cn } from '@/lib/utils';

export function DocsNav({ pages }: { pages: { slug: string; title: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Documentation" className="hidden w-52 shrink-0 md:block">
      <ul className="space-y-1 text-sm">
        {pages.map((p, i) => {
          const href = docPath(p.slug, i);
          const active = pathname === href || pathname === `/${p.slug}`;
          return (
            <li key={p.slug}>
              <Link
                href={href}
                aria-current={active ? 'page' : undefined}
                data-testid={`docs-nav-${p.slug}`}
                className={cn('block rounded-md px-3 py-1.5 hover:bg-accent', active ? 'bg-accent font-medium text-foreground' : 'text-muted-foreground')}
              >
                {p.title}
              </Link>
            </li>
          );
        })}
        <li>
          <Link
            href={DOCS_API_REFERENCE_PATH}
            aria-current={pathname === DOCS_API_REFERENCE_PATH ? 'page' : undefined}
            data-testid="docs-nav-api-reference"
            className={cn('block rounded-md px-3 py-1.5 hover:bg-accent', pathname === DOCS_API_REFERENCE_PATH ? 'bg-accent font-medium text-foreground' : 'text-muted-foreground')}
          >
            API reference
          </Link>
        </li>
      </ul>
    </nav>
  );
}
