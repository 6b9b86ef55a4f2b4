import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { customerNav } from '@/lib/navigation/customer';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const brand = await getPublicBranding((await params).tenant);
  return brand ? { title: { default: brand.name, template: `%s · ${brand.name}` }, icons: brand.faviconUrl ? [{ url: brand.faviconUrl }] : undefined } : {};
}

/** The customer portal of a brand (the root brand on switch.pbx., a reseller on its own domain). */
export default async function CustomerPortalLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  return (
    <PortalShell
      nav={customerNav}
      brand={{ name: brand.name, logoUrl: brand.logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor, tenantHost: !brand.isRoot }}
      user={null}
      banner={<SandboxBanner />}
    >
      {children}
    </PortalShell>
  );
}
