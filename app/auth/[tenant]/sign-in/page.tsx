import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { authPageContext, destinationFor } from '@/lib/auth/page-context';
import { withNextPath } from '@/lib/auth/paths';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const ctx = await authPageContext((await searchParams).next);
  if (ctx.session) redirect(destinationFor(ctx));
  return (
    <AuthCard
      testId="sign-in"
      title={`Sign in to ${brand.name}`}
      footer={
        <p>
          New here?{' '}
          <a href={ctx.pages.signUp} className="text-primary underline underline-offset-4 hover:decoration-2" data-testid="sign-up-link">
            Create an account
          </a>
        </p>
      }
    >
      <SignInForm after={{ onboarding: ctx.pages.onboarding, home: ctx.next ?? ctx.home, twoFactor: withNextPath(ctx.pages.twoFactor, ctx.next) }} forgotPasswordPath={ctx.pages.forgotPassword} />
    </AuthCard>
  );
}
