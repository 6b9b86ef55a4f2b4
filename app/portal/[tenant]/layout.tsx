import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { WrongPortalNotice } from '@/components/auth/wrong-portal-notice';
import { brandMetadata } from '@/components/shell/brand-metadata';
import { ImpersonationBanner } from '@/components/shell/impersonation-banner';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { API_KEYS_SETTINGS_PATH, authPages } from '@/lib/auth/paths';
import { can } from '@/lib/auth/permissions';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { portalRefusal } from '@/lib/auth/portal-access';
import { navForRole } from '@/lib/navigation/types';
import { customerNavFor } from '@/lib/portal-modules/access';
import { renderModuleAccess } from '@/lib/portal-modules/page-access';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const brand = await getPublicBranding((await params).tenant);
  return brand ? brandMetadata(brand) : {};
}

/**
 * The customer portal of a brand (the root brand on switch.pbx., a reseller on its own domain).
 * Signed-in users whose onboarding is unfinished are sent back to it: modules stay closed until then.
 */
export default async function CustomerPortalLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const viewer = await renderPortalViewer();
  const signedIn = viewer.kind === 'user' ? viewer.user : null;
  const impersonation = viewer.kind === 'user' ? viewer.impersonation : null;
  const pages = authPages('customer');
  // An impersonator sees the portal as it is; the onboarding pages need the user's own session.
  if (!impersonation && signedIn?.onboardingState === 'signed_up') redirect(pages.verifyEmail);
  if (!impersonation && signedIn && signedIn.onboardingState !== 'active') redirect(pages.onboarding);
  // An account of another portal (a session older than a role change; sign-in refuses them) is told where it belongs.
  const refusal = !impersonation && signedIn ? portalRefusal({ role: signedIn.role, rootTenant: brand.isRoot }, 'customer') : null;
  const identity = signedIn ? { name: signedIn.name, email: signedIn.email, role: signedIn.role } : null;
  // Security settings and sign-out belong to the user's own session, never to an impersonator.
  const apiKeysHref = signedIn && can(signedIn.role, 'api_keys.read') ? API_KEYS_SETTINGS_PATH : undefined;
  const user = identity && !impersonation ? { ...identity, securityHref: pages.security, apiKeysHref, signInHref: pages.signIn } : identity;
  // Menus list only the modules the account sees (the assignment engine, on the server).
  const access = signedIn && !refusal ? await renderModuleAccess() : null;
  const nav = customerNavFor(access?.enabled ?? new Set());
  const banner = (
    <>
      {impersonation && identity ? <ImpersonationBanner user={identity} endsAt={impersonation.expiresAt.toISOString()} /> : null}
      {viewer.kind === 'impersonation-ended' ? <ImpersonationBanner user={null} /> : null}
      <SandboxBanner />
    </>
  );
  return (
    <PortalShell
      nav={navForRole(nav, (p) => Boolean(signedIn && can(signedIn.role, p)))}
      brand={{ name: brand.name, logoUrl: brand.logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor, tenantHost: !brand.isRoot }}
      user={user}
      banner={banner}
    >
      {refusal ? <WrongPortalNotice refusal={refusal} /> : children}
    </PortalShell>
  );
}
