import type { CSSProperties, ReactNode } from 'react';
import { brandCssVars } from '@/components/theme/brand';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { SandboxBanner } from './sandbox-banner';

/**
 * The frame of every sign-in / sign-up page: sandbox banner, the brand's logo and name, theme menu,
 * and the centred card. With `colours` (a reseller) the brand's colours apply, contrast-adjusted.
 */
export function AuthFrame({
  portal,
  brandName,
  logoUrl,
  colours,
  children,
}: {
  portal: 'signup' | 'admin' | 'carrier';
  brandName: string;
  logoUrl: string | null;
  colours?: { primary: string; accent: string };
  children: ReactNode;
}) {
  const style: CSSProperties | undefined = colours ? brandCssVars(colours.primary, colours.accent) : undefined;
  return (
    <div data-portal={portal} data-brand={style ? '' : undefined} style={style} className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="flex h-14 items-center gap-2 px-6">
        {/* eslint-disable-next-line @next/next/no-img-element -- tenant logos are arbitrary URLs */}
        <img src={logoUrl ?? '/brand/didtron.svg'} alt="" width={28} height={28} className="size-7 rounded-md" />
        <span className="font-semibold" data-testid="auth-brand-name">
          {brandName}
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
