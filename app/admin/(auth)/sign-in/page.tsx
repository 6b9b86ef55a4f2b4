import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath, withNextPath } from '@/lib/auth/paths';
import { optionalPageCtx } from '@/lib/http/page-context';
import { portalUrl } from '@/lib/tenancy/portal-url';

export const metadata: Metadata = { title: 'Sign in' };

export default async function AdminSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const home = safeNextPath((await searchParams).next) ?? '/';
  if (await optionalPageCtx()) redirect(home);
  return (
    <AuthCard testId="sign-in" title="Sign in to DIDTron Admin" description="Platform staff only.">
      <SignInForm after={{ onboarding: null, home, twoFactor: withNextPath('/two-factor', home) }} forgotPasswordPath={portalUrl('signup', '/forgot-password')} />
    </AuthCard>
  );
}
