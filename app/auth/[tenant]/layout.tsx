import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { CSSProperties, ReactNode } from 'react';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { brandCssVars } from '@/components/theme/brand';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const brand = await getPublicBranding((await params).tenant);
  return brand ? { title: { default: `Sign in · ${brand.name}`, template: `%s · ${brand.name}` }, icons: brand.faviconUrl ? [{ url: brand.faviconUrl }] : undefined } : {};
}

/** Sign-up and sign-in, branded per tenant (pbx.<root> for the root brand, /auth on reseller hosts). */
export default async function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const style: CSSProperties | undefined = brand.isRoot ? undefined : brandCssVars(brand.primaryColor, brand.accentColor);
  return (
    <div data-portal="signup" data-brand={style ? '' : undefined} style={style} className="flex min-h-dvh flex-col">
      <SandboxBanner />
      <header className="flex h-14 items-center gap-2 px-6">
        {/* eslint-disable-next-line @next/next/no-img-element -- tenant logos are arbitrary URLs */}
        <img src={brand.logoUrl ?? '/brand/didtron.svg'} alt="" width={28} height={28} className="size-7 rounded-md" />
        <span className="font-semibold" data-testid="auth-brand-name">
          {brand.name}
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
