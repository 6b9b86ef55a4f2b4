import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { safeNextPath } from '@/lib/auth/paths';
import { optionalPageCtx } from '@/lib/http/page-context';

/** The second sign-in step on a portal host with its own sign-in at `/sign-in` (the staff and carrier portals). */
export async function HostTwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const home = safeNextPath((await searchParams).next) ?? '/';
  if (await optionalPageCtx()) redirect(home);
  return (
    <AuthCard testId="two-factor" title="Two-factor authentication" description="Enter the 6-digit code from your authenticator app to finish signing in.">
      <TwoFactorForm after={{ onboarding: null, home, twoFactor: '/two-factor' }} signInPath="/sign-in" />
    </AuthCard>
  );
}
