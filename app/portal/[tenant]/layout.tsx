import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { authPages } from '@/lib/auth/paths';
import { getSessionUser } from '@/lib/auth/session';
import { customerNav } from '@/lib/navigation/customer';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const brand = await getPublicBranding((await params).tenant);
  return brand ? { title: { default: brand.name, template: `%s · ${brand.name}` }, icons: brand.faviconUrl ? [{ url: brand.faviconUrl }] : undefined } : {};
}

/**
 * The customer portal of a brand (the root brand on switch.pbx., a reseller on its own domain).
 * Signed-in users whose onboarding is unfinished are sent back to it: modules stay closed until then.
 */
export default async function CustomerPortalLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const session = await getSessionUser(await headers());
  const pages = authPages('customer');
  if (session?.user.onboardingState === 'signed_up') redirect(pages.verifyEmail);
  if (session && session.user.onboardingState !== 'active') redirect(pages.onboarding);
  const user = session
    ? { name: session.user.name, email: session.user.email, role: session.user.role, securityHref: pages.security, signInHref: pages.signIn }
    : null;
  return (
    <PortalShell
      nav={customerNav}
      brand={{ name: brand.name, logoUrl: brand.logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor, tenantHost: !brand.isRoot }}
      user={user}
      banner={<SandboxBanner />}
    >
      {children}
    </PortalShell>
  );
}
