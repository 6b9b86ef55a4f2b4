import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { authPageContext, destinationFor } from '@/lib/auth/page-context';

export const metadata: Metadata = { title: 'Two-factor authentication' };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await authPageContext((await searchParams).next);
  if (ctx.session) redirect(destinationFor(ctx));
  return (
    <AuthCard testId="two-factor" title="Two-factor authentication" description="Enter the 6-digit code from your authenticator app to finish signing in.">
      <TwoFactorForm after={{ onboarding: ctx.pages.onboarding, home: ctx.next ?? ctx.home, twoFactor: ctx.pages.twoFactor }} signInPath={ctx.pages.signIn} />
    </AuthCard>
  );
}
