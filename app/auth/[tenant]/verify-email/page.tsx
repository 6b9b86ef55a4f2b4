import type { Metadata } from 'next';
import { AuthCard, FormAlert } from '@/components/auth/auth-card';
import { ResendVerification } from '@/components/auth/resend-verification';
import { Button } from '@/components/ui/button';
import { authPageContext, destinationFor } from '@/lib/auth/page-context';

export const metadata: Metadata = { title: 'Verify your email' };

const ERRORS: Record<string, string> = {
  TOKEN_EXPIRED: 'This verification link has expired.',
  INVALID_TOKEN: 'This verification link is not valid.',
  USER_NOT_FOUND: 'This verification link does not belong to an account here.',
};

/** Where Better Auth's verify-email endpoint lands (?verified=1, or ?error=CODE), and the "check your inbox" page. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const ctx = await authPageContext();
  const error = typeof query.error === 'string' ? query.error : null;
  const verified = !error && (query.verified === '1' || (ctx.session && ctx.session.user.emailVerified));

  if (verified) {
    return (
      <AuthCard testId="verify-email" title="Email verified" description="Thank you: your email address is confirmed.">
        <Button asChild className="w-full">
          <a href={ctx.session ? destinationFor(ctx) : ctx.pages.signIn} data-testid="verify-email-continue">
            {ctx.session ? 'Continue setting up your account' : 'Sign in'}
          </a>
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      testId="verify-email"
      title={error ? 'We could not verify your email' : 'Check your inbox'}
      description={error ? undefined : 'Open the link we sent you to verify your email address. It expires in 24 hours.'}
    >
      <div className="space-y-4">
        {error ? <FormAlert>{ERRORS[error] ?? 'This verification link cannot be used.'} Send yourself a new one below.</FormAlert> : null}
        <ResendVerification email={ctx.session?.user.email} verifyEmailPath={ctx.pages.verifyEmail} />
      </div>
    </AuthCard>
  );
}
