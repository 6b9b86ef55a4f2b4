import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { authPageContext, destinationFor } from '@/lib/auth/page-context';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const ctx = await authPageContext();
  if (ctx.session) redirect(destinationFor(ctx));
  return (
    <AuthCard
      testId="sign-up"
      title={`Create your ${brand.name} account`}
      description="We will email you a link to verify your address."
      footer={
        <p>
          Already have an account?{' '}
          <a href={ctx.pages.signIn} className="text-primary underline underline-offset-4 hover:decoration-2">
            Sign in
          </a>
        </p>
      }
    >
      <SignUpForm verifyEmailPath={ctx.pages.verifyEmail} />
    </AuthCard>
  );
}
