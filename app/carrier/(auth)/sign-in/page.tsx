import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath, withNextPath } from '@/lib/auth/paths';
import { optionalPageCtx } from '@/lib/http/page-context';
import { portalUrl } from '@/lib/tenancy/portal-url';

export const metadata: Metadata = { title: 'Sign in' };

export default async function CarrierSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const home = safeNextPath((await searchParams).next) ?? '/';
  if (await optionalPageCtx()) redirect(home);
  return (
    <AuthCard
      testId="sign-in"
      title="Sign in to the DIDTron carrier portal"
      description="For DIDTron's carriers: suppliers and bilateral partners. Carrier accounts are created by DIDTron; ask your account manager for one."
      footer={
        <p>
          A customer of DIDTron?{' '}
          <a href={portalUrl('signup', '/sign-in')} className="text-primary underline underline-offset-4 hover:decoration-2" data-testid="customer-sign-in-link">
            Sign in to the customer portal
          </a>
        </p>
      }
    >
      <SignInForm after={{ onboarding: null, home, twoFactor: withNextPath('/two-factor', home) }} forgotPasswordPath={portalUrl('signup', '/forgot-password')} />
    </AuthCard>
  );
}
