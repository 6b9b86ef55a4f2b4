import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SignInEntry } from '@/components/shell/sign-in-entry';
import { WelcomeCard } from '@/components/shell/welcome-card';
import { authPages } from '@/lib/auth/paths';
import { getPortalViewer } from '@/lib/auth/session';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export default async function CustomerPortalHome({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const viewer = await getPortalViewer(await headers());
  if (viewer.kind === 'user') return <WelcomeCard brandName={brand.name} userName={viewer.user.name} securityHref={authPages('customer').security} />;
  return <SignInEntry brandName={brand.name} signInHref={authPages('customer').signIn} note="Your customer portal: trunks, numbers, PBX, AI agents and billing, once you are signed in." />;
}
