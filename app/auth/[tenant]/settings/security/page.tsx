import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SecuritySettings } from '@/components/auth/security-settings';
import { emailChangeOutcome } from '@/lib/auth/change-email';
import { authPageContext } from '@/lib/auth/page-context';
import { withNextPath } from '@/lib/auth/paths';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await authPageContext();
  if (!ctx.session) redirect(withNextPath(ctx.pages.signIn, ctx.pages.security));
  return (
    <AuthCard testId="security-settings" title="Security" description={`Sign-in settings of ${ctx.session.user.email}.`}>
      <SecuritySettings
        twoFactorEnabled={ctx.session.user.twoFactorEnabled}
        signInPath={ctx.pages.signIn}
        email={ctx.session.user.email}
        emailChange={emailChangeOutcome(await searchParams)}
      />
    </AuthCard>
  );
}
