import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { authPageContext } from '@/lib/auth/page-context';

export const metadata: Metadata = { title: 'Reset your password' };

export default async function ForgotPasswordPage() {
  const ctx = await authPageContext();
  return (
    <AuthCard
      testId="forgot-password"
      title="Reset your password"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <p>
          <a href={ctx.pages.signIn} className="text-primary underline underline-offset-4 hover:decoration-2">
            Back to sign in
          </a>
        </p>
      }
    >
      <ForgotPasswordForm resetPasswordPath={ctx.pages.resetPassword} />
    </AuthCard>
  );
}
