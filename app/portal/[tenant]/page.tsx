import { notFound } from 'next/navigation';
import { SignInEntry } from '@/components/shell/sign-in-entry';
import { WelcomeCard } from '@/components/shell/welcome-card';
import { authPages } from '@/lib/auth/paths';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export default async function CustomerPortalHome({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const viewer = await renderPortalViewer();
  if (viewer.kind === 'user') return <WelcomeCard brandName={brand.name} userName={viewer.user.name} securityHref={authPages('customer').security} />;
  return <SignInEntry brandName={brand.name} signInHref={authPages('customer').signIn} note="Your customer portal: trunks, numbers, PBX, AI agents and billing, once you are signed in." />;
}
