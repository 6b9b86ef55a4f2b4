import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { StaticSignIn } from '@/components/auth/static-sign-in';
import { cachedPublicBranding } from '@/lib/tenancy/branding-cache';
import { portalUrl } from '@/lib/tenancy/portal-url';

export const metadata: Metadata = { title: 'Sign in' };

/**
 * Prerendered per tenant on its first visit and kept until the tenant's branding changes
 * (lib/tenancy/branding-cache.ts): no tenant is listed at build time, every one is rendered on
 * demand. The page reads nothing of the request (lib/http/prerendered.ts); `?next=` and the
 * signed-in redirect are handled in the browser (StaticSignIn).
 */
export function generateStaticParams(): { tenant: string }[] {
  return [];
}

export default async function SignInPage({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await cachedPublicBranding((await params).tenant);
  if (!brand) notFound();
  return (
    <AuthCard
      testId="sign-in"
      title={`Sign in to ${brand.name}`}
      footer={
        <p>
          New here?{' '}
          <a href="sign-up" className="text-primary underline underline-offset-4 hover:decoration-2" data-testid="sign-up-link">
            Create an account
          </a>
        </p>
      }
    >
      <StaticSignIn signupPortalHome={portalUrl('customer', '/')} />
    </AuthCard>
  );
}
