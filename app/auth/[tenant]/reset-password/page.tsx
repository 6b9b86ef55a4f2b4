import type { Metadata } from 'next';
import { AuthCard, FormAlert } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { authPageContext } from '@/lib/auth/page-context';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const ctx = await authPageContext();
  const token = typeof query.token === 'string' && !query.error ? query.token : null;
  return (
    <AuthCard testId="reset-password" title="Choose a new password">
      {token ? (
        <ResetPasswordForm token={token} signInPath={ctx.pages.signIn} forgotPasswordPath={ctx.pages.forgotPassword} />
      ) : (
        <FormAlert>
          This reset link is invalid or has expired.{' '}
          <a href={ctx.pages.forgotPassword} className="underline">
            Request a new link
          </a>
          .
        </FormAlert>
      )}
    </AuthCard>
  );
}
