import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { brandCssVars } from '@/components/theme/brand';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { NotFoundHome } from './not-found-home';
import { brandLogoSrc, PLATFORM_BRAND, type MetaBrand } from './brand-metadata';
import { SandboxBanner } from './sandbox-banner';
import { StatusPage } from './status-page';

/**
 * The 404 message inside a portal's own frame (its layout keeps header, navigation and brand): what
 * happened and the way back to the portal's home.
 */
export function NotFoundMessage({ homeHref = '/', homeLabel, home }: { homeHref?: string; homeLabel: string; home?: ReactNode }) {
  return (
    <StatusPage code={404} title="Page not found" inFrame action={home ?? <NotFoundHome href={homeHref} label={homeLabel} />}>
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </StatusPage>
  );
}

/**
 * A 404 with nothing but the root layout above it (an address no portal segment matched): a light
 * frame in the host's brand (a reseller's on its hosts, the platform's elsewhere) with the way home.
 */
export function BrandedNotFound({
  brand,
  colours,
  portal,
  homeHref,
  homeLabel,
}: {
  brand: MetaBrand | null;
  colours?: { primary: string; accent: string };
  portal: string;
  homeHref: string;
  homeLabel: string;
}) {
  const shown = brand ?? PLATFORM_BRAND;
  const style: CSSProperties | undefined = colours ? brandCssVars(colours.primary, colours.accent) : undefined;
  return (
    <div data-portal={portal} data-brand={style ? '' : undefined} style={style} className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="flex h-14 items-center gap-2 border-b border-border px-6">
        <Link href={homeHref} className="flex items-center gap-2 font-semibold" data-testid="not-found-brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- tenant logos are arbitrary URLs */}
          <img src={brandLogoSrc(shown)} alt="" width={28} height={28} className="size-7 rounded-md" data-testid="brand-logo" />
          <span data-testid="not-found-brand-name">{shown.name}</span>
        </Link>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="flex flex-1 flex-col">
        <NotFoundMessage homeHref={homeHref} homeLabel={homeLabel} />
      </main>
    </div>
  );
}
