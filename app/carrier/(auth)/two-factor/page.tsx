import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { safeNextPath } from '@/lib/auth/paths';
import { optionalPageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Two-factor authentication' };

export default async function CarrierTwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const home = safeNextPath((await searchParams).next) ?? '/';
  if (await optionalPageCtx()) redirect(home);
  return (
    <AuthCard testId="two-factor" title="Two-factor authentication" description="Enter the 6-digit code from your authenticator app to finish signing in.">
      <TwoFactorForm after={{ onboarding: null, home, twoFactor: '/two-factor' }} signInPath="/sign-in" />
    </AuthCard>
  );
}
