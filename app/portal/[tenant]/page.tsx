import { notFound } from 'next/navigation';
import { SignInEntry } from '@/components/shell/sign-in-entry';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export default async function CustomerPortalHome({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  return <SignInEntry brandName={brand.name} signInHref="/auth" note="Your customer portal: trunks, numbers, PBX, AI agents and billing, once you are signed in." />;
}
